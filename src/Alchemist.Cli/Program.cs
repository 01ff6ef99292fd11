using System.CommandLine;
using Alchemist.Cli;

return await Cli.RunAsync(args);
