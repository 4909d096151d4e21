using System.Reflection;
using AllianceBot.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project Benchmarks -- NAME [args]   a load harness (IHarness), or
// dotnet run -c Release --project Benchmarks -- --filter '*'  the BenchmarkDotNet micro-benchmarks.
var harnesses = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHarness).IsAssignableFrom(t))
    .Select(t => (IHarness)Activator.CreateInstance(t)!)
    .ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);

if (args.Length > 0 && harnesses.TryGetValue(args[0], out var harness))
{
    using var cts = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
    await harness.RunAsync(args[1..], cts.Token);
    return 0;
}

if (args.Length == 0)
{
    Console.WriteLine("Load harnesses:");
    foreach (var h in harnesses.Values.OrderBy(h => h.Name))
    {
        Console.WriteLine($"  {h.Name,-12} {h.Description}");
    }

    Console.WriteLine("BenchmarkDotNet: --filter '*' (or --list flat)");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(IHarness).Assembly).Run(args);
return 0;
