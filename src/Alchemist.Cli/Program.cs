using Alchemist.Cli;

using var signals = new TerminationSignals();
return await Cli.RunAsync(args, signals.Token);
