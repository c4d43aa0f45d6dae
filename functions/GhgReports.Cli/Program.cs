using GhgReports.Cli;

return GhgApp.Run(args);
