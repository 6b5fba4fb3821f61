export { fold, isTitleOnly, slugify, speakerKey } from './names.ts'
