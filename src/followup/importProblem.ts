/** A refused import: which line of the file (header is line 1) and which column, and why. */
export class ImportProblem extends Error {
  constructor(
    readonly line: number,
    readonly field: string,
    message: string,
  ) {
    super(`line ${line}, ${field}: ${message}`)
    this.name = 'ImportProblem'
  }
}
