/** Test side of the loopback Junos REST API simulator (src/collectors/sim/https-server.ts). */
export { startHttpsSim, type HttpsSim, type HttpsSimOptions } from "../../src/collectors/sim/https-server.js";
