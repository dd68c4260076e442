using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(DiplomacyData.Benchmarks.QueryBenchmarks).Assembly).Run(args);
