export { readLocalNeo4jSettings, type LocalNeo4jSettings, PROJECT_ROOT } from './settings.js';
export { startLocalNeo4j, stopLocalNeo4j, localNeo4jStatus, LocalNeo4jError, type LocalNeo4jStatus } from './server.js';
export { createStderrReporter, silentReporter, type Reporter } from './reporter.js';
