using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AllianceBot.IntegrationTests.Storage;

/// <summary>Records every request the table client sends (method and decoded URI), to check which partitions a query read.</summary>
internal sealed class RecordingPolicy : HttpPipelineSynchronousPolicy
{
    public ConcurrentQueue<(string Method, string Uri)> Requests { get; } = new();

    /// <summary>The decoded <c>$filter</c> of every query (GET of the table's entities with a filter) sent so far.</summary>
    public IReadOnlyList<string> QueryFilters => Requests
        .Where(r => r.Method == "GET" && r.Uri.Contains("$filter=", StringComparison.Ordinal))
        .Select(r => r.Uri[(r.Uri.IndexOf("$filter=", StringComparison.Ordinal) + 8)..].Split('&')[0])
        .ToList();

    public override void OnSendingRequest(HttpMessage message) =>
        Requests.Enqueue((message.Request.Method.ToString(), Uri.UnescapeDataString(message.Request.Uri.ToString().Replace('+', ' '))));
}
