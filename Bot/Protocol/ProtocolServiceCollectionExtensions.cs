using AllianceBot.Bot.Protocol.Authentication;
using AllianceBot.Bot.Protocol.Connector;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Adds the activity endpoint, inbound authentication, the connector client and a default
    /// <see cref="HelpActivityHandler"/> (replaced by registering another <see cref="IActivityHandler"/>).
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotIdentityOptions>().Configure<IConfiguration>((options, configuration) => configuration.Bind(options)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotIdentityOptions>, BotIdentityOptionsValidator>());
        services.AddOptions<BotAuthenticationOptions>().BindConfiguration(BotAuthenticationOptions.Section);
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient(BotSigningKeys.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<BotSigningKeys>();
        services.TryAddSingleton<ValidatedTokenCache>();
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<BotAuthenticator>();
        services.TryAddSingleton<TrustedServiceUrls>();

        services.TryAddSingleton<BotTokenProvider>();
        services.TryAddKeyedSingleton<TokenCredential>(BotTokenProvider.CredentialKey,
            (sp, _) => BotCredentialFactory.Create(sp.GetRequiredService<IOptions<BotIdentityOptions>>().Value));
        services.TryAddTransient<ConnectorAuthorizationHandler>();
        services.AddHttpClient(BotConnectorClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(ConnectorResilience.PipelineName, ConnectorResilience.Configure)
            .Services.AddHttpClient(BotConnectorClient.HttpClientName)
            .AddHttpMessageHandler<ConnectorAuthorizationHandler>();
        services.TryAddSingleton<IConnectorClient, BotConnectorClient>();

        services.TryAddSingleton<IActivityHandler, HelpActivityHandler>();
        services.TryAddSingleton<MessagesEndpoint>();
        return services;
    }

    /// <summary>Maps <c>/api/messages</c> (POST; HEAD answers 200; other methods 405).</summary>
    public static IEndpointRouteBuilder MapBotProtocol(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.Map(MessagesEndpoint.Path, context => context.RequestServices.GetRequiredService<MessagesEndpoint>().HandleAsync(context));
        return endpoints;
    }
}
