using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace AllianceBot.Bot.Protocol.Connector;

/// <summary>
/// The connector's retry policy: 429 honouring <c>Retry-After</c> (up to <see cref="ConnectorOptions.MaxRetryAfter"/>),
/// 412/502/503/504 and network errors with exponential backoff and jitter, at most
/// <see cref="ConnectorOptions.MaxRetryAttempts"/> retries; each attempt bounded by <see cref="ConnectorOptions.AttemptTimeout"/>.
/// </summary>
public static class ConnectorResilience
{
    public const string PipelineName = "connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(context);
        var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        if (options.MaxRetryAttempts > 0) // Polly's retry needs at least one attempt; 0 means no retry strategy at all
        {
            AddRetry(builder, options);
        }

        builder.AddTimeout(options.AttemptTimeout);
    }

    private static void AddRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorOptions options) =>
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.BaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.MaxRetryAfter)),
        });

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        return outcome.Result?.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => ConnectorResults.RetryAfter(outcome.Result) is not { } wait || wait <= maxRetryAfter,
            HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
            _ => false,
        };
    }
}
