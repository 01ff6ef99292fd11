using Alchemist.Bench.Labeling;
using BenchmarkDotNet.Running;

// Measured runners (long runs with child processes): dotnet run -c Release --project bench/Alchemist.Bench -- applier [ROWS]
if (args is ["applier" or "applier-memory", ..]) return await ApplierBenchmark.RunAsync(args);

// Every BenchmarkDotNet class in this assembly is selectable: dotnet run -c Release --project bench/Alchemist.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
