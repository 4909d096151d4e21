using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace AllianceBot.Testing;

/// <summary>
/// The real Microsoft 365 Agents Playground (npm, from the repo's <c>node_modules</c>) on a free loopback port, playing
/// the channel for a bot at <c>botEndpoint</c>, driven the way its web UI drives it: REST for what the user does
/// (<see cref="SendAsync"/>, <see cref="SubmitAsync"/>, <see cref="InvokeAsync"/>, <see cref="SendActivityAsync"/>) and
/// its two WebSockets for what the bot does (<see cref="NextBotMessageAsync"/>, <see cref="NextLogAsync"/>).
/// The bot must already be listening (the Playground probes it before it answers its config). Stopped on dispose.
/// </summary>
public sealed class PlaygroundHost : IAsyncDisposable
{
    public const string Teams = "msteams";
    public const string Emulator = "emulator";

    private readonly PlaygroundProcess process;
    private PlaygroundSocket? conversations;
    private PlaygroundSocket? log;

    private PlaygroundHost(PlaygroundProcess process, string channelId)
    {
        this.process = process;
        ChannelId = channelId;
        Client = new HttpClient { BaseAddress = process.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The Playground's own address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address => process.Address;

    /// <summary>The serviceUrl it puts on activities (its mock connector).</summary>
    public string ServiceUrl => process.ServiceUrl;

    public string ChannelId { get; }

    /// <summary>Its mock tenant, bot, user and chats.</summary>
    public PlaygroundConfig Config { get; private set; } = null!;

    /// <summary>A client for further calls to its REST API.</summary>
    public HttpClient Client { get; }

    /// <summary>What the Playground printed (for failure messages).</summary>
    public string Output => process.Output;

    /// <summary>Starts the Playground for the bot at <paramref name="botEndpoint"/> (its <c>/api/messages</c>) on <paramref name="channelId"/>.</summary>
    public static async Task<PlaygroundHost> StartAsync(Uri botEndpoint, string channelId = Teams, CancellationToken ct = default)
    {
        var process = await PlaygroundProcess.StartAsync(botEndpoint, channelId, ct);
        var host = new PlaygroundHost(process, channelId);
        try
        {
            await host.ConnectAsync(ct);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends <paramref name="text"/> as the current user (<c>user-id-0</c>) to the personal chat (or the given one); returns the message id.</summary>
    public async Task<string?> SendAsync(string text, string? conversationId = null, CancellationToken ct = default)
    {
        var body = new { type = "text", text, textFormat = "plain", from = new { id = Config.UserId } };
        using var response = await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId ?? Config.PersonalChatId)}/messages", body, ct);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return answer.TryGetProperty("messageId", out var id) ? id.GetString() : null;
    }

    /// <summary>
    /// Does what an <c>Action.Submit</c> click on the card in <paramref name="card"/> does: the bot gets a <c>message</c>
    /// with <c>value</c>. The Playground requires the card's message to exist in the chat.
    /// </summary>
    public async Task SubmitAsync(PlaygroundMessage card, object value, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        var body = new { conversation = new { id = card.ConversationId ?? Config.PersonalChatId }, replyToId = card.MessageId, value, from = new { id = Config.UserId } };
        using var _ = await PostAsync("_conversation/v1/submit", body, ct);
    }

    /// <summary>
    /// Does what an <c>Action.Execute</c> click on the card in <paramref name="card"/> does: an <c>invoke</c> named
    /// <paramref name="name"/> (e.g. <c>adaptiveCard/action</c>); returns the bot's response body as the Playground relays it.
    /// </summary>
    public async Task<JsonElement?> InvokeAsync(PlaygroundMessage card, string name, object value, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        var body = new { name, value, from = new { id = Config.UserId }, conversation = new { id = card.ConversationId ?? Config.PersonalChatId }, replyToId = card.MessageId };
        using var response = await PostAsync("_conversation/v1/invoke", body, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return string.IsNullOrWhiteSpace(text) ? null : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// The "Mock an Activity" template for <paramref name="type"/>, ready to edit and send: <c>install</c>, <c>uninstall</c>,
    /// <c>userAdded</c>, <c>userRemoved</c>, <c>botAdded</c>, <c>botRemoved</c>, <c>channelCreated</c>, <c>channelRenamed</c>,
    /// <c>channelDeleted</c>, <c>teamRenamed</c>, <c>teamDeleted</c> (and two Outlook ones).
    /// </summary>
    public async Task<JsonElement> ActivityTemplateAsync(string type, string? conversationId = null, CancellationToken ct = default)
    {
        var query = $"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId ?? Config.PersonalChatId)}&type={Uri.EscapeDataString(type)}";
        return await Client.GetFromJsonAsync<JsonElement>(query, ct);
    }

    /// <summary>Posts any activity to the bot as is ("Mock an Activity"), e.g. a <c>conversationUpdate</c>.</summary>
    public async Task SendActivityAsync(object activity, CancellationToken ct = default)
    {
        using var _ = await PostAsync("_internal/v1/customActivities", activity, ct);
    }

    /// <summary>What the web UI does when a chat is opened (may send the bot installation/conversation updates).</summary>
    public async Task OpenConversationAsync(string? conversationId = null, CancellationToken ct = default)
    {
        using var _ = await PostAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId ?? Config.PersonalChatId)}/installation", new { }, ct);
    }

    /// <summary>
    /// The next message the bot posted or updated (typing indicators skipped); fails after <paramref name="timeout"/>
    /// (default 15 s). Like Teams, the Playground splits an activity with text and attachments into one message for the
    /// text and one per attachment (unless <c>attachmentLayout</c> is <c>carousel</c>).
    /// </summary>
    public async Task<PlaygroundMessage> NextBotMessageAsync(TimeSpan? timeout = null, CancellationToken ct = default)
    {
        while (true)
        {
            var frame = await NextAsync(conversations!.Frames, timeout, "bot message", ct);
            var message = PlaygroundMessage.FromFrame(frame);
            if (message.Action is "createMessage" or "updateMessage")
            {
                return message;
            }
        }
    }

    /// <summary>The next entry of the Playground's log panel (each bot↔Playground HTTP exchange, with full activities).</summary>
    public Task<JsonElement> NextLogAsync(TimeSpan? timeout = null, CancellationToken ct = default) =>
        NextAsync(log!.Frames, timeout, "log entry", ct);

    public async ValueTask DisposeAsync()
    {
        if (conversations is not null)
        {
            await conversations.DisposeAsync();
        }

        if (log is not null)
        {
            await log.DisposeAsync();
        }

        Client.Dispose();
        process.Dispose();
    }

    private async Task ConnectAsync(CancellationToken ct)
    {
        var ws = new UriBuilder(Address) { Scheme = "ws" }.Uri;
        conversations = await PlaygroundSocket.ConnectAsync(new Uri(ws, "_ws_conversation/v1/conversations/stream"), ct);
        log = await PlaygroundSocket.ConnectAsync(new Uri(ws, "_ws/log/stream"), ct);
        Config = PlaygroundConfig.Parse(await Client.GetFromJsonAsync<JsonElement>("_internal/v1/config", ct));
    }

    private async Task<HttpResponseMessage> PostAsync(string path, object body, CancellationToken ct)
    {
        var response = await Client.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"), ct);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            response.Dispose();
            throw new HttpRequestException($"Playground POST /{path} answered {(int)response.StatusCode}: {text}");
        }

        return response;
    }

    private async Task<JsonElement> NextAsync(ChannelReader<JsonElement> frames, TimeSpan? timeout, string what, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            return await frames.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"No {what} from the Playground within {timeout ?? TimeSpan.FromSeconds(15)}. Its output:\n{Output}");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The Playground's stream closed before a {what} came. Its output:\n{Output}");
        }
    }
}
