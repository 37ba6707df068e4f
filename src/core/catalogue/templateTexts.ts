// Every snippet body under templates/, bundled as text so that core needs no file system.
import clarifyStep from '../../../templates/steps/clarify.md';
import architectureStep from '../../../templates/steps/architecture.md';
import deepDiveStep from '../../../templates/steps/deep-dive.md';
import evaluationStep from '../../../templates/steps/evaluation.md';
import requirementsStep from '../../../templates/steps/requirements.md';
import framingStep from '../../../templates/steps/framing.md';
import dataStep from '../../../templates/steps/data.md';
import modelStep from '../../../templates/steps/model.md';
import metricsStep from '../../../templates/steps/metrics.md';
import servingStep from '../../../templates/steps/serving.md';
import monitoringStep from '../../../templates/steps/monitoring.md';
import businessMetricItem from '../../../templates/items/business-metric.md';
import mlObjectiveItem from '../../../templates/items/ml-objective.md';
import mlCategoryItem from '../../../templates/items/ml-category.md';
import ioItem from '../../../templates/items/io.md';
import scaleUsersItem from '../../../templates/items/scale-users.md';
import scaleItemsItem from '../../../templates/items/scale-items.md';
import qpsItem from '../../../templates/items/qps.md';
import latencyBudgetItem from '../../../templates/items/latency-budget.md';
import freshnessItem from '../../../templates/items/freshness.md';
import constraintsItem from '../../../templates/items/constraints.md';
import errorCostsItem from '../../../templates/items/error-costs.md';
import scopeItem from '../../../templates/items/scope.md';
import needMlItem from '../../../templates/items/need-ml.md';
import diagramItem from '../../../templates/items/diagram.md';
import diagramValidItem from '../../../templates/items/diagram-valid.md';
import dataSourcesItem from '../../../templates/items/data-sources.md';
import pipelineItem from '../../../templates/items/pipeline.md';
import offlineOnlineItem from '../../../templates/items/offline-online.md';
import funnelItem from '../../../templates/items/funnel.md';
import labelsItem from '../../../templates/items/labels.md';
import featureStoreItem from '../../../templates/items/feature-store.md';
import loggingItem from '../../../templates/items/logging.md';
import featuresItem from '../../../templates/items/features.md';
import featureReprItem from '../../../templates/items/feature-repr.md';
import baselineItem from '../../../templates/items/baseline.md';
import modelItem from '../../../templates/items/model.md';
import lossItem from '../../../templates/items/loss.md';
import imbalanceItem from '../../../templates/items/imbalance.md';
import splitLeakageItem from '../../../templates/items/split-leakage.md';
import skewItem from '../../../templates/items/skew.md';
import coldStartItem from '../../../templates/items/cold-start.md';
import servingModeItem from '../../../templates/items/serving-mode.md';
import inferenceLatencyItem from '../../../templates/items/inference-latency.md';
import scalingItem from '../../../templates/items/scaling.md';
import fallbackItem from '../../../templates/items/fallback.md';
import calibrationItem from '../../../templates/items/calibration.md';
import biasExplorationItem from '../../../templates/items/bias-exploration.md';
import offlineMetricItem from '../../../templates/items/offline-metric.md';
import metricFitItem from '../../../templates/items/metric-fit.md';
import onlineMetricItem from '../../../templates/items/online-metric.md';
import abTestItem from '../../../templates/items/ab-test.md';
import guardrailsItem from '../../../templates/items/guardrails.md';
import rolloutItem from '../../../templates/items/rollout.md';
import dataDriftItem from '../../../templates/items/data-drift.md';
import conceptDriftItem from '../../../templates/items/concept-drift.md';
import systemMonitoringItem from '../../../templates/items/system-monitoring.md';
import modelMonitoringItem from '../../../templates/items/model-monitoring.md';
import retrainingItem from '../../../templates/items/retraining.md';
import fairnessItem from '../../../templates/items/fairness.md';
import privacyItem from '../../../templates/items/privacy.md';
import humanLoopItem from '../../../templates/items/human-loop.md';

/** Step snippet bodies by the framework files' `template` name. */
export const stepTemplates: Record<string, string> = {
  'clarify': clarifyStep,
  'architecture': architectureStep,
  'deep-dive': deepDiveStep,
  'evaluation': evaluationStep,
  'requirements': requirementsStep,
  'framing': framingStep,
  'data': dataStep,
  'model': modelStep,
  'metrics': metricsStep,
  'serving': servingStep,
  'monitoring': monitoringStep,
};

/** Item snippet bodies by item id. */
export const itemTemplates: Record<string, string> = {
  'business-metric': businessMetricItem,
  'ml-objective': mlObjectiveItem,
  'ml-category': mlCategoryItem,
  'io': ioItem,
  'scale-users': scaleUsersItem,
  'scale-items': scaleItemsItem,
  'qps': qpsItem,
  'latency-budget': latencyBudgetItem,
  'freshness': freshnessItem,
  'constraints': constraintsItem,
  'error-costs': errorCostsItem,
  'scope': scopeItem,
  'need-ml': needMlItem,
  'diagram': diagramItem,
  'diagram-valid': diagramValidItem,
  'data-sources': dataSourcesItem,
  'pipeline': pipelineItem,
  'offline-online': offlineOnlineItem,
  'funnel': funnelItem,
  'labels': labelsItem,
  'feature-store': featureStoreItem,
  'logging': loggingItem,
  'features': featuresItem,
  'feature-repr': featureReprItem,
  'baseline': baselineItem,
  'model': modelItem,
  'loss': lossItem,
  'imbalance': imbalanceItem,
  'split-leakage': splitLeakageItem,
  'skew': skewItem,
  'cold-start': coldStartItem,
  'serving-mode': servingModeItem,
  'inference-latency': inferenceLatencyItem,
  'scaling': scalingItem,
  'fallback': fallbackItem,
  'calibration': calibrationItem,
  'bias-exploration': biasExplorationItem,
  'offline-metric': offlineMetricItem,
  'metric-fit': metricFitItem,
  'online-metric': onlineMetricItem,
  'ab-test': abTestItem,
  'guardrails': guardrailsItem,
  'rollout': rolloutItem,
  'data-drift': dataDriftItem,
  'concept-drift': conceptDriftItem,
  'system-monitoring': systemMonitoringItem,
  'model-monitoring': modelMonitoringItem,
  'retraining': retrainingItem,
  'fairness': fairnessItem,
  'privacy': privacyItem,
  'human-loop': humanLoopItem,
};
