/** The built-in New Answer starters, bundled as text so they work in every host. */
import adClickPrediction from '../../templates/problems/ad-click-prediction.md';
import blank from '../../templates/problems/blank.md';
import etaPrediction from '../../templates/problems/eta-prediction.md';
import fraudDetection from '../../templates/problems/fraud-detection.md';
import harmfulContentDetection from '../../templates/problems/harmful-content-detection.md';
import newsFeed from '../../templates/problems/news-feed.md';
import peopleYouMayKnow from '../../templates/problems/people-you-may-know.md';
import searchRanking from '../../templates/problems/search-ranking.md';
import videoRecommendation from '../../templates/problems/video-recommendation.md';
import visualSearch from '../../templates/problems/visual-search.md';
import { parseProblemTemplate, type ProblemStarter } from './starters';

const templates: Array<[string, string]> = [
  ['video-recommendation', videoRecommendation],
  ['ad-click-prediction', adClickPrediction],
  ['harmful-content-detection', harmfulContentDetection],
  ['visual-search', visualSearch],
  ['news-feed', newsFeed],
  ['people-you-may-know', peopleYouMayKnow],
  ['fraud-detection', fraudDetection],
  ['search-ranking', searchRanking],
  ['eta-prediction', etaPrediction],
  ['blank', blank],
];

/** Every starter, in the order New Answer offers them (blank last). */
export const problemStarters: readonly ProblemStarter[] = templates.map(([id, text]) => parseProblemTemplate(id, text));
