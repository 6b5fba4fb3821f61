export { briefingFigures } from './figures.ts'
