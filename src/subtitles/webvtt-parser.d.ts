// webvtt-parser ships no types; these cover the parts src/subtitles uses.
declare module 'webvtt-parser' {
  export interface WebVttNode {
    type: 'text' | 'object' | 'timestamp' | string
    value?: string | number
    name?: string
    children?: WebVttNode[]
  }
  export interface WebVttCue {
    id: string
    startTime: number
    endTime: number
    text: string
    tree: { children: WebVttNode[] }
    [setting: string]: unknown
  }
  export interface WebVttParseError {
    message: string
    line: number
    col?: number
  }
  export class WebVTTParser {
    constructor(entities?: Record<string, string>)
    parse(
      input: string,
      mode?: 'metadata' | 'chapters' | string,
    ): { cues: WebVttCue[]; errors: WebVttParseError[]; styles: unknown[]; time: number }
  }
  export class WebVTTSerializer {
    serialize(
      cues: Array<Pick<WebVttCue, 'startTime' | 'endTime' | 'tree'> & { id?: string }>,
      styles?: string[],
    ): string
  }
  const api: { WebVTTParser: typeof WebVTTParser; WebVTTSerializer: typeof WebVTTSerializer }
  export default api
}
