using Alchemist.Bench.Aggregation;
using Alchemist.Bench.Labeling;
using Alchemist.Bench.Programs;
using BenchmarkDotNet.Running;

// Plain measured runners are selected by their command word; every BenchmarkDotNet class in this assembly is
// selectable otherwise: dotnet run -c Release --project bench/Alchemist.Bench -- --filter '*'
if (args is ["applier" or "applier-memory", ..]) return await ApplierBenchmark.RunAsync(args);
if (args is [LabelModelBench.Command, .. var rest]) return LabelModelBench.Run(rest);
if (args is [InstrumentationOverheadRunner.Command, ..]) InstrumentationOverheadRunner.Run(args);
else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
