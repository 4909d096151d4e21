namespace AllianceBot.Benchmarks;

/// <summary>
/// A load harness that drives real services (Bot host, Azurite, loopback connector) and prints its figures.
/// Found by reflection: add a class, it becomes <c>dotnet run -c Release --project Benchmarks -- NAME</c>.
/// </summary>
public interface IHarness
{
    /// <summary>The word that selects it on the command line.</summary>
    string Name { get; }

    /// <summary>One line that says what it measures.</summary>
    string Description { get; }

    Task RunAsync(string[] args, CancellationToken ct);
}
