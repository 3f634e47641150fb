export * from './webvtt'
export * from './readingSpeed'
