// Healthy when this container's worker is polling its task queue: Temporal lists it among the queue's pollers
// (the SDK names a worker `<pid>@<hostname>`). Run by the compose file's healthcheck inside the image.
const { hostname } = require('node:os');
const { Connection } = require('@temporalio/client');

async function main() {
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS, connectTimeout: 3000 });
  try {
    const { pollers } = await connection.workflowService.describeTaskQueue({
      namespace: process.env.TEMPORAL_NAMESPACE || 'default',
      taskQueue: { name: process.env.TEMPORAL_TASK_QUEUE || 'khuyencong-projects' },
      taskQueueType: 1, // workflow tasks
    });
    const mine = (pollers || []).some((poller) => String(poller.identity).endsWith(`@${hostname()}`));
    process.exit(mine ? 0 : 1);
  } finally {
    await connection.close();
  }
}

main().catch(() => process.exit(1));
