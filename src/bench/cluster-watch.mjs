// Subscribes to archiveChanged at a GraphQL endpoint over graphql-transport-ws and prints each change it receives
// as one line (kind, type, id, the mutation that made it); exits after COUNT changes or SECONDS. Node 22's own
// WebSocket, no package. Used by src/bench/cluster.sh.
//   node cluster-watch.mjs ws://127.0.0.1:18200/graphql [COUNT] [SECONDS]
const [url, count = '1', seconds = '30'] = process.argv.slice(2);
const socket = new WebSocket(url, 'graphql-transport-ws');
let seen = 0;
const timer = setTimeout(() => { console.error(`no change within ${seconds} s`); process.exit(1); }, Number(seconds) * 1000);
socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init' }));
socket.onmessage = ({ data }) => {
  const message = JSON.parse(data);
  if (message.type === 'connection_ack') {
    socket.send(JSON.stringify({ id: 'watch', type: 'subscribe', payload: {
      query: 'subscription { archiveChanged { kind history { node mutation } node { __typename } } }' } }));
    console.log('subscribed');
  } else if (message.type === 'ping') {
    socket.send(JSON.stringify({ type: 'pong' }));
  } else if (message.type === 'next') {
    const change = message.payload.data.archiveChanged;
    console.log(`${change.kind} ${change.node?.__typename ?? '(deleted)'} ${change.history.node} by ${change.history.mutation}`);
    if (++seen >= Number(count)) { clearTimeout(timer); socket.close(1000); process.exit(0); }
  } else if (message.type === 'error') {
    console.error(JSON.stringify(message.payload)); process.exit(1);
  }
};
socket.onclose = ({ code }) => { if (seen < Number(count)) { console.error(`closed with ${code}`); process.exit(1); } };
