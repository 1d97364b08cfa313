export { projectLifecycleWorkflow } from './project-lifecycle.workflow';
