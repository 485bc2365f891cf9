// The layer rules of docs/architecture.md: app → components/server → db → lib. Imports point down only.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "lib-is-pure",
      comment: "lib/ is plain code: it never reaches up into the database, the server layer, pages or components.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(db|server|app|components)/" },
    },
    {
      name: "components-do-not-query",
      comment: "Components render what pages give them; reading data is the pages' job, through server/.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^(db|server|app)/" },
    },
    {
      name: "db-reads-and-writes-rows",
      comment: "db/ maps rows to the model; composing charts and pages belongs to server/.",
      severity: "error",
      from: { path: "^db/" },
      to: { path: "^(server|app|components)/|^lib/(chart|registry|embed|cite)/" },
    },
    {
      name: "server-below-app",
      comment: "The server layer composes for pages; it never imports pages or components.",
      severity: "error",
      from: { path: "^server/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
