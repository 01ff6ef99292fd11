using Alchemist.Bench.Aggregation;
using Alchemist.Bench.Distillation;
using Alchemist.Bench.Labeling;
using Alchemist.Bench.Programs;
using BenchmarkDotNet.Running;

// Plain measured runners are selected by their command word (see each runner's doc comment); anything else goes to
// BenchmarkDotNet: dotnet run -c Release --project bench/Alchemist.Bench -- --filter '*'
return args switch
{
    ["applier" or "applier-memory", ..] => await ApplierBenchmark.RunAsync(args),
    [InstrumentationOverheadRunner.Command, ..] => RunAndSucceed(() => InstrumentationOverheadRunner.Run(args)),
    [LabelModelBench.Command, .. var rest] => LabelModelBench.Run(rest),
    [DistillationBench.Command, .. var rest] => DistillationBench.Run(rest),
    [PredictStagesBench.Command, .. var rest] => PredictStagesBench.Run(rest),
    [GoldCeilingBench.Command, .. var rest] => GoldCeilingBench.Run(rest),
    _ => RunAndSucceed(() => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args)),
};

static int RunAndSucceed(Action run)
{
    run();
    return 0;
}
