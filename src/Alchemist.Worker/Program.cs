// The worker entry point: everything it does is Alchemist.Labeling.Isolation.WorkerHost.
return Alchemist.Labeling.Isolation.WorkerHost.Serve(args);
