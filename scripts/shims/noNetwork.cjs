// Stands in for node-fetch and sync-fetch, which citation-js pulls in to fetch DOIs and URLs. BioFM Writer never
// sends anything over the network (drafts are confidential), so any attempt fails loudly instead of connecting.
'use strict';
function refuse() {
  throw new Error('BioFM Writer does not access the network');
}
module.exports = refuse;
module.exports.default = refuse;
module.exports.Headers = class Headers {};
module.exports.Request = class Request {};
module.exports.Response = class Response {};
