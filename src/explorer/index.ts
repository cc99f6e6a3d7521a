export {
  createExplorerRoute,
  GRAPHIQL_PATH,
  BROWSER_GUIDE_PATH,
  BROWSER_STYLE_PATH,
  type ExplorerOptions,
} from './routes.js';
export { loadExamples, type ExampleQuery } from './graphiql.js';
