using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Bot.Answering;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;
using AllianceBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Conversation;

/// <summary>
/// The real Bot host on loopback with its own fact table in Azurite and a loopback Bot Connector: activities go in over
/// HTTP to /api/messages, replies are read from what the connector received.
/// </summary>
internal sealed class BotConversation : IAsyncDisposable
{
    private int sequence;

    private BotConversation(BotHost host, LoopbackConnector connector)
    {
        Host = host;
        Connector = connector;
    }

    public BotHost Host { get; }

    public LoopbackConnector Connector { get; }

    public static async Task<BotConversation> StartAsync(IReadOnlyCollection<Fact> facts, CancellationToken ct)
    {
        var connector = await LoopbackConnector.StartAsync();
        var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Facts:TableName"] = Azurite.UniqueName("conv"),
            ["Facts:ArticleTableName"] = Azurite.UniqueName("convarticles"),
            ["Answering:RefreshInterval"] = "00:00:05",
        });
        await host.Services.GetRequiredService<FactTable>().UpsertFactsAsync(facts, ct);
        await host.Services.GetRequiredService<FactIndexRefresher>().RefreshAsync(ct);
        return new BotConversation(host, connector);
    }

    /// <summary>An inbound activity of <paramref name="type"/> on <paramref name="channelId"/>, shaped like that channel's.</summary>
    public JsonObject Activity(string channelId, string type = "message", string? text = null)
    {
        var id = $"act-{Interlocked.Increment(ref sequence)}";
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["channelId"] = channelId,
            ["serviceUrl"] = Connector.ServiceUrl.ToString(),
            ["from"] = new JsonObject { ["id"] = channelId == "slack" ? "U0USER:T0TEAM" : "29:ana", ["name"] = "Ana" },
            ["recipient"] = new JsonObject { ["id"] = channelId == "slack" ? "B0BOT:T0TEAM" : "28:bot", ["name"] = "Alliance Bot" },
            ["conversation"] = new JsonObject { ["id"] = channelId == "slack" ? "B0BOT:T0TEAM:C0CHAN" : $"a:conv-{Guid.NewGuid():N}" },
            ["localTimezone"] = "Europe/Warsaw",
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }

    /// <summary>Posts the activity; returns the HTTP response.</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, CancellationToken ct) =>
        await Host.Client.PostAsync("api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), ct);

    /// <summary>Posts the activity and returns the body of the next activity the bot sends.</summary>
    public async Task<JsonElement> ExchangeAsync(JsonObject activity, CancellationToken ct)
    {
        using var response = await PostAsync(activity, ct);
        response.EnsureSuccessStatusCode();
        var call = await Connector.NextAsync(TimeSpan.FromSeconds(20));
        return call.Body ?? throw new InvalidOperationException("The bot sent an empty body.");
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
