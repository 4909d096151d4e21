using YamlDotNet.RepresentationModel;

namespace AllianceBot.IntegrationTests.Infra;

/// <summary>infra/slack/manifest.yml points Slack at the Azure Bot Service and asks for the scopes its events need.</summary>
public sealed class SlackManifestTests
{
    // The scopes Slack requires before it delivers each bot event (https://api.slack.com/events).
    private static readonly Dictionary<string, string[]> RequiredScopes = new(StringComparer.Ordinal)
    {
        ["app_mention"] = ["app_mentions:read"],
        ["member_joined_channel"] = ["channels:read", "groups:read"],
        ["member_left_channel"] = ["channels:read", "groups:read"],
        ["message.channels"] = ["channels:history"],
        ["message.groups"] = ["groups:history"],
        ["message.im"] = ["im:history"],
        ["message.mpim"] = ["mpim:history"],
    };

    private static readonly Lazy<YamlMappingNode> Manifest = new(Load);

    [Fact]
    public void EventSubscriptions_RequestUrl_IsTheBotServiceEventsEndpointForTheHandle()
    {
        var url = Scalar("settings", "event_subscriptions", "request_url");

        Assert.Equal("https://slack.botframework.com/api/Events/{bot-handle}", url);
    }

    [Fact]
    public void Interactivity_RequestUrl_IsTheBotServiceActionsEndpoint()
    {
        Assert.Equal("true", Scalar("settings", "interactivity", "is_enabled"));
        Assert.Equal("https://slack.botframework.com/api/Actions", Scalar("settings", "interactivity", "request_url"));
    }

    [Fact]
    public void OAuth_RedirectUrls_IncludeTheBotServiceAuthPage()
    {
        Assert.Contains("https://slack.botframework.com/Home/auth", Sequence("oauth_config", "redirect_urls"));
    }

    [Fact]
    public void BotEvents_MessagesAndMentions_AreSubscribed()
    {
        var events = Sequence("settings", "event_subscriptions", "bot_events");

        Assert.Superset(new HashSet<string>(["message.channels", "message.im", "message.groups", "message.mpim", "app_mention"]), events.ToHashSet());
    }

    [Fact]
    public void BotEvents_Each_HasTheScopeSlackRequires()
    {
        var scopes = Sequence("oauth_config", "scopes", "bot").ToHashSet();

        foreach (var name in Sequence("settings", "event_subscriptions", "bot_events"))
        {
            Assert.True(RequiredScopes.ContainsKey(name), $"no known scope requirement for event {name}");
            Assert.True(RequiredScopes[name].All(scopes.Contains), $"event {name} needs {string.Join(", ", RequiredScopes[name])}");
        }

        Assert.Contains("chat:write", scopes);
    }

    private static string? Scalar(params string[] path) => ((YamlScalarNode)Node(path)).Value;

    private static List<string> Sequence(params string[] path) =>
        ((YamlSequenceNode)Node(path)).Children.Select(n => ((YamlScalarNode)n).Value ?? string.Empty).ToList();

    private static YamlNode Node(string[] path) =>
        path.Aggregate((YamlNode)Manifest.Value, (node, key) => ((YamlMappingNode)node).Children[new YamlScalarNode(key)]);

    private static YamlMappingNode Load()
    {
        using var reader = new StreamReader(Path.Combine(InfraFiles.Root, "slack", "manifest.yml"));
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }
}
