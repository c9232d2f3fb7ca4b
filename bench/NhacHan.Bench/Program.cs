using BenchmarkDotNet.Running;
using NhacHan.Bench;

// `dotnet run -c Release --project bench/NhacHan.Bench -- --filter '*'` runs every benchmark.
// (The assembly is named through a benchmark class: `Program` would also name the Bot's entry point.)
BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
