using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AllianceBot.Bot.Hosting;

/// <summary>
/// AllianceBot's own traces and metrics. Wrap each path as a named operation so it shows up in Application Insights
/// (Functions host) or any OpenTelemetry listener: <c>using var activity = Telemetry.Source.StartActivity(Telemetry.Answer);</c>.
/// Without a listener (local runs, tests) <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null
/// and costs next to nothing.
/// </summary>
public static class Telemetry
{
    /// <summary>Name of the <see cref="ActivitySource"/> and the <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string Name = "AllianceBot";

    /// <summary>Answering a question or command in a conversation turn.</summary>
    public const string Answer = "AllianceBot.Answer";

    /// <summary>Finding due subscribers and building and sending one digest.</summary>
    public const string Digest = "AllianceBot.Digest";

    /// <summary>Ingesting an article or polling a feed.</summary>
    public const string Ingestion = "AllianceBot.Ingestion";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);
}
