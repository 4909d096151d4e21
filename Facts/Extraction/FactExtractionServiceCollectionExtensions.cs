using AllianceBot.Facts.Extraction.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AllianceBot.Facts.Extraction;

public static class FactExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="FactExtractor"/> and what it is made of (all stateless singletons). Logs through the host's
    /// logging when there is one; registers no logging of its own.
    /// </summary>
    public static IServiceCollection AddFactExtraction(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TextNormalizer>();
        services.AddSingleton<SentenceSplitter>();
        services.AddSingleton<QuoteFinder>();
        services.AddSingleton<Gazetteer>();
        services.AddSingleton<DateResolver>();
        services.AddSingleton<KnownPeople>();
        services.AddSingleton<PersonFinder>();
        services.AddSingleton<OrganisationFinder>();
        services.AddSingleton<SpeakerResolver>();
        services.AddSingleton<AttributionFinder>();
        services.AddSingleton<ArticleAnalyzer>();
        services.AddSingleton<DeploymentAssets>();
        services.AddSingleton<IFactRule, Article4Rule>();
        services.AddSingleton<IFactRule, Article5Rule>();
        services.AddSingleton<IFactRule, DeploymentRule>();
        services.AddSingleton<IFactRule, StatementRule>();
        services.AddSingleton<IFactRule, DecisionRule>();
        services.AddSingleton<IFactRule, EventRule>();
        services.AddSingleton(sp => new FactExtractor(
            sp.GetRequiredService<ArticleAnalyzer>(), sp.GetServices<IFactRule>(),
            sp.GetService<ILogger<FactExtractor>>() ?? NullLogger<FactExtractor>.Instance));
        return services;
    }
}
