using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Inventory.Api.Access;

/// <summary>
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed only from the proxies named in
/// <c>Inventory:TrustedProxies</c> (addresses or CIDR networks, comma-separated or as a list). Then the client's address
/// (what failed key attempts are counted by) and scheme (whether the sign-in cookie is Secure) are the forwarded ones;
/// from anyone else those headers change nothing. Nothing is trusted by default, not even loopback.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Inventory:TrustedProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var entries = Entries(configuration.GetSection(Setting));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With no trusted proxy the headers are not read at all. ASP.NET Core's defaults trust loopback, and .NET 10
            // keeps that default in more than one list (KnownProxies, KnownIPNetworks and the obsolete KnownNetworks):
            // a default left in any of them let a local client forward whatever address or scheme it liked.
            options.ForwardedHeaders = entries.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // KnownNetworks is obsolete, but its loopback default is still honoured
            options.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            foreach (var entry in entries)
            {
                if (entry.Contains('/'))
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(entry, out var network)
                        ? network
                        : throw new InvalidOperationException($"{Setting}: '{entry}' is not an address or a CIDR network (e.g. 10.0.0.0/8)"));
                }
                else
                {
                    options.KnownProxies.Add(IPAddress.TryParse(entry, out var address)
                        ? address
                        : throw new InvalidOperationException($"{Setting}: '{entry}' is not an address or a CIDR network (e.g. 10.0.0.1)"));
                }
            }
        });
        return services;
    }

    private static List<string> Entries(IConfigurationSection section) =>
        new[] { section.Value }.Concat(section.GetChildren().Select(c => c.Value))
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .SelectMany(v => v!.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
}
