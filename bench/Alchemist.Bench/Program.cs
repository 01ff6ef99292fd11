using Alchemist.Bench.Aggregation;
using Alchemist.Bench.Distillation;
using BenchmarkDotNet.Running;

// Plain measured runners by command word (see each runner's doc comment); anything else goes to BenchmarkDotNet:
// dotnet run -c Release --project bench/Alchemist.Bench -- --filter '*'
return args switch
{
    [LabelModelBench.Command, .. var rest] => LabelModelBench.Run(rest),
    [DistillationBench.Command, .. var rest] => DistillationBench.Run(rest),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
