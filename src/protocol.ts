/**
 * Messages between the extension host and the pipeline preview webview. Every message names the
 * document it is about (URI and version) so that either side can drop what is stale or about
 * another document. The panel receives diagrams, never Markdown.
 */

/** One Mermaid block as the panel sees it. Lines are 0-based document lines. */
export interface PanelDiagram {
  /** Content hash of the source: unchanged text keeps its id, so the panel keeps its picture. */
  id: string;
  source: string;
  /** First keyword (flowchart, graph, sequenceDiagram, …); undefined when the block names none. */
  diagramType: string | undefined;
  /** Document line of the first source line inside the fence. */
  sourceStartLine: number;
  /** Document lines of the whole block, fences included (endLine inclusive). */
  startLine: number;
  endLine: number;
}

interface AboutDocument {
  uri: string;
  version: number;
}

export type ImageFormat = 'svg' | 'png';
/** 'theme' keeps the editor's colours; 'white' re-renders light on a white background. */
export type ImageBackground = 'theme' | 'white';

// ---- host → panel ----

export interface UpdateMessage extends AboutDocument {
  type: 'update';
  diagrams: PanelDiagram[];
  /** The panel shows this document whatever editor is active. */
  locked: boolean;
  /** Shown above the diagrams (e.g. the document's file name). */
  title: string;
}

/** The cursor entered a fence (diagramId set) or left all of them (undefined). */
export interface HighlightMessage extends AboutDocument {
  type: 'highlight';
  diagramId: string | undefined;
}

/** The host wants a picture of a diagram (export and copy commands); answered by `image`. */
export interface ImageRequestMessage extends AboutDocument {
  type: 'imageRequest';
  requestId: number;
  diagramId: string;
  format: ImageFormat;
  background: ImageBackground;
}

export type HostToPanelMessage = UpdateMessage | HighlightMessage | ImageRequestMessage;

// ---- panel → host ----

/** The panel's script is running; `uri` is the document it showed before a reload ('' if none). */
export interface ReadyMessage extends AboutDocument {
  type: 'ready';
}

/** A Mermaid error, placed on a document line inside the fence. */
export interface DiagramProblem {
  diagramId: string;
  /** 0-based document line. */
  line: number;
  message: string;
}

/** Sent once every diagram of a version has a picture or an error: the complete set of problems. */
export interface ProblemsMessage extends AboutDocument {
  type: 'problems';
  problems: DiagramProblem[];
}

/** What the panel shows after each render pass. */
export interface RenderStats {
  /** Diagrams in the document. */
  diagrams: number;
  /** Diagrams showing the picture of their current source. */
  rendered: number;
  /** Diagrams whose current source has an error. */
  failed: number;
  /** Diagrams still waiting for their turn. */
  pending: number;
  /** Mermaid renders performed by this update. */
  rendersThisUpdate: number;
  /** Mermaid renders since the panel started. */
  rendersTotal: number;
}

export interface StatsMessage extends AboutDocument {
  type: 'stats';
  stats: RenderStats;
}

/** The user clicked a diagram: reveal its source. */
export interface RevealMessage extends AboutDocument {
  type: 'reveal';
  diagramId: string;
  line: number;
}

/** The empty state's button: insert the starter pipeline into the document. */
export interface InsertStarterMessage extends AboutDocument {
  type: 'insertStarter';
}

/**
 * A picture of a diagram: the answer to an `imageRequest` (requestId set), or the user pressed a
 * diagram's export or copy button (action says which).
 */
export interface ImageMessage extends AboutDocument {
  type: 'image';
  requestId: number | undefined;
  action: 'save' | 'copy' | 'reply';
  diagramId: string;
  format: ImageFormat;
  /** SVG text, or a PNG as base64; undefined when the diagram has no picture. */
  data: string | undefined;
  error: string | undefined;
}

export type PanelToHostMessage =
  | ReadyMessage
  | ProblemsMessage
  | StatsMessage
  | RevealMessage
  | InsertStarterMessage
  | ImageMessage;

/** What the panel keeps across a window reload (webview state). */
export interface PanelState {
  uri: string;
  locked: boolean;
}
