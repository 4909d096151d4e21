using Azure.Core;
using Azure.Core.Pipeline;

namespace AllianceBot.IntegrationTests.Digests;

/// <summary>
/// Fault injection on a table client: a write whose body matches fails with a network error before it reaches storage,
/// as when the process dies or the network drops right after the digest went out.
/// </summary>
internal sealed class FailingPolicy(Func<string, bool> fails) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Check(HttpMessage message)
    {
        if (message.Request.Content is null)
        {
            return;
        }

        using var buffer = new MemoryStream();
        message.Request.Content.WriteTo(buffer, CancellationToken.None);
        if (fails(System.Text.Encoding.UTF8.GetString(buffer.ToArray())))
        {
            throw new Azure.RequestFailedException(503, "Injected failure: the write did not reach storage.");
        }
    }
}
