using System.Net;
using AllianceBot.Bot.Protocol.Connector;
using Polly;
using Polly.Timeout;

namespace AllianceBot.Tests.Protocol.Connector;

public sealed class ConnectorResilienceTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(10);

    private static Outcome<HttpResponseMessage> Answer(HttpStatusCode status, TimeSpan? retryAfter = null)
    {
        var response = new HttpResponseMessage(status);
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        }

        return Outcome.FromResult(response);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.Created, false)]
    public void ShouldRetry_Status_RetriesOnlyTransientOnes(HttpStatusCode status, bool retry)
    {
        Assert.Equal(retry, ConnectorResilience.ShouldRetry(Answer(status), Cap));
    }

    [Fact]
    public void ShouldRetry_429WithinCap_Retries()
    {
        Assert.True(ConnectorResilience.ShouldRetry(Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(10)), Cap));
    }

    [Fact]
    public void ShouldRetry_429BeyondCap_GivesUpSoCallerCanReschedule()
    {
        Assert.False(ConnectorResilience.ShouldRetry(Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(11)), Cap));
    }

    [Fact]
    public void ShouldRetry_NetworkErrorsAndTimeouts_Retry()
    {
        Assert.True(ConnectorResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("refused")), Cap));
        Assert.True(ConnectorResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), Cap));
        Assert.False(ConnectorResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new InvalidOperationException()), Cap));
    }
}
