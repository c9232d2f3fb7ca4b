using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Hosting;

/// <summary>Registers the domain: the LiteDB file and the stores over it, the engine, the clock.</summary>
public static class DomainServices
{
    public static IServiceCollection AddNhacHanDomain(this IServiceCollection services, string dbPath)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => NhacHanDatabase.Open(dbPath));
        services.AddSingleton<IAuditLog, LiteDbAuditLog>();
        services.AddSingleton<IChatStore, LiteDbChatStore>();
        return services;
    }
}
