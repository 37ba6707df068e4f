/**
 * The catalogue a check uses: the built-in one merged with a workspace's configuration
 * (extra or changed items, custom frameworks), and the framework chosen for a document.
 */
import type { MlsdConfig } from '../config';
import type { Catalogue, ChecklistItem, Framework, FrameworkStep } from '../framework';
import { builtinCatalogue } from './builtin';

export const DEFAULT_FRAMEWORK = 'default';

export function resolveCatalogue(config: MlsdConfig | undefined): Catalogue {
  const catalogue = builtinCatalogue();
  for (const custom of config?.frameworks ?? []) {
    const framework: Framework = {
      id: custom.id,
      title: custom.title,
      steps: custom.steps.map((step, index): FrameworkStep => ({
        headingSynonyms: [step.title.toLowerCase()],
        minutes: 0,
        prefix: `mlsd-${step.id}`,
        template: `## ${index + 1}. ${step.title}\n\n$0\n`,
        ...step,
      })),
    };
    const at = catalogue.frameworks.findIndex((f) => f.id === custom.id);
    if (at >= 0) catalogue.frameworks[at] = framework;
    else catalogue.frameworks.push(framework);
  }
  for (const extra of config?.items ?? []) {
    const { step, ...fields } = extra;
    const known = catalogue.items.get(extra.id);
    const item: ChecklistItem = {
      title: extra.id,
      why: '',
      patterns: [],
      needsNumber: false,
      numberKinds: [],
      severity: 'warning',
      problems: [],
      template: '',
      ...known,
      ...fields,
    };
    catalogue.items.set(item.id, item);
    if (!known && step) addToStep(catalogue, config?.framework, step, item.id);
  }
  return catalogue;
}

/** New items join the named step of the active framework (or of any framework that has it). */
function addToStep(catalogue: Catalogue, frameworkId: string | undefined, stepId: string, itemId: string): void {
  catalogue.frameworks = catalogue.frameworks.map((framework) => {
    if (frameworkId && framework.id !== frameworkId && framework.id !== DEFAULT_FRAMEWORK) return framework;
    return {
      ...framework,
      steps: framework.steps.map((step) => (step.id === stepId ? { ...step, items: [...step.items, itemId] } : step)),
    };
  });
}

/** The framework by id, falling back to the default one for unknown ids. */
export function frameworkOf(catalogue: Catalogue, id: string | undefined): Framework {
  return catalogue.frameworks.find((f) => f.id === id) ?? catalogue.frameworks.find((f) => f.id === DEFAULT_FRAMEWORK)!;
}
