using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API v3 client. Retries live in the named HttpClient's resilience pipeline
/// (<see cref="ConnectorResilience"/>); what is left after them is mapped to a <see cref="SendResult"/>: 403/404 →
/// <see cref="SendResult.ConversationGone"/>, 429 → <see cref="SendResult.Throttled"/>. With an app id configured,
/// nothing is sent to an untrusted service URL (that would leak the conversation and invite a token request).
/// </summary>
public sealed class BotConnectorClient(
    IHttpClientFactory httpClients,
    BotTokenProvider tokens,
    TrustedServiceUrls trusted,
    ILogger<BotConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "AllianceBot.Connector";

    public Task<SendResult> SendAsync(ConversationReference reference, Activity activity, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Uri.EscapeDataString(reference.Conversation.Id)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        }

        return SendActivityAsync(HttpMethod.Post, reference, path, Address(reference, activity), ct);
    }

    public Task<SendResult> UpdateAsync(ConversationReference reference, string activityId, Activity activity, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Uri.EscapeDataString(reference.Conversation.Id)}/activities/{Uri.EscapeDataString(activityId)}";
        return SendActivityAsync(HttpMethod.Put, reference, path, Address(reference, activity) with { Id = activityId }, ct);
    }

    public async Task<SendResult> DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var path = $"v3/conversations/{Uri.EscapeDataString(reference.Conversation.Id)}/activities/{Uri.EscapeDataString(activityId)}";
        using var request = new HttpRequestMessage(HttpMethod.Delete, Resolve(reference.ServiceUrl, path));
        return await CallAsync(request, ct);
    }

    public async Task<ConversationReference?> CreateConversationAsync(ConversationReference sameChannel, ChannelAccount user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sameChannel);
        ArgumentNullException.ThrowIfNull(user);
        var parameters = ConversationParametersFor(sameChannel, user);
        using var request = new HttpRequestMessage(HttpMethod.Post, Resolve(sameChannel.ServiceUrl, "v3/conversations"))
        {
            Content = Json(parameters),
        };
        var (result, body) = await CallWithBodyAsync(request, ct);
        var created = result is SendResult.Sent && body is not null ? Read<ConversationResourceResponse>(body) : null;
        if (created?.Id is not { Length: > 0 } id)
        {
            Log.CreateConversationFailed(logger, sameChannel.ChannelId, result);
            return null;
        }

        return sameChannel with
        {
            Conversation = new ConversationAccount(id) { TenantId = parameters.TenantId, ConversationType = "personal", IsGroup = false },
            User = user,
            ActivityId = null,
            ServiceUrl = string.IsNullOrEmpty(created.ServiceUrl) ? sameChannel.ServiceUrl : created.ServiceUrl,
        };
    }

    internal static ConversationParameters ConversationParametersFor(ConversationReference reference, ChannelAccount user)
    {
        var tenant = reference.TenantId ?? reference.Conversation.TenantId;
        return new ConversationParameters(reference.Bot, [user])
        {
            IsGroup = false,
            TenantId = tenant,
            ChannelData = tenant is null ? null : TenantChannelData(tenant),
        };
    }

    // Teams reads channelData.tenant.id (the SDK wrote tenant.tenantId; the docs and the service use id).
    private static JsonElement TenantChannelData(string tenant)
    {
        var node = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }

    private async Task<SendResult> SendActivityAsync(HttpMethod method, ConversationReference reference, string path, Activity activity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, Resolve(reference.ServiceUrl, path)) { Content = Json(activity) };
        return await CallAsync(request, ct);
    }

    private async Task<SendResult> CallAsync(HttpRequestMessage request, CancellationToken ct) => (await CallWithBodyAsync(request, ct)).Result;

    private async Task<(SendResult Result, byte[]? Body)> CallWithBodyAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (tokens.IsEnabled && !trusted.IsTrusted(request.RequestUri!))
        {
            Log.UntrustedServiceUrl(logger, request.RequestUri!.GetLeftPart(UriPartial.Authority));
            return (new SendResult.Failed(0, "The serviceUrl is not trusted: it came on no authenticated activity and is not a configured trusted host."), null);
        }

        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            var result = ConnectorResults.From(response, body);
            if (result is not SendResult.Sent)
            {
                Log.ConnectorCallFailed(logger, request.Method.Method, request.RequestUri!.AbsolutePath, (int)response.StatusCode, result);
            }

            return (result, body);
        }
        catch (Exception e) when (e is HttpRequestException or Polly.Timeout.TimeoutRejectedException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            Log.ConnectorUnreachable(logger, request.RequestUri!.GetLeftPart(UriPartial.Authority), e);
            return (new SendResult.Failed(0, e.Message), null);
        }
    }

    private static Activity Address(ConversationReference reference, Activity activity) => activity with
    {
        From = activity.From ?? reference.Bot,
        Recipient = activity.Recipient ?? reference.User,
        Conversation = activity.Conversation ?? reference.Conversation,
        ChannelId = activity.ChannelId ?? reference.ChannelId,
    };

    private static Uri Resolve(string serviceUrl, string path) =>
        new(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute), path);

    private static ByteArrayContent Json<T>(T value)
    {
        var content = new ByteArrayContent(ActivityJson.SerializeToUtf8Bytes(value));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static T? Read<T>(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, ActivityJson.Options);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
