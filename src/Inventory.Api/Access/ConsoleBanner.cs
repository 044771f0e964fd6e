using Inventory.Api.Access;
using Inventory.Api.Languages;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Inventory.Api.Access;

/// <summary>
/// Once the host listens, prints on the console (never in the logs: it may hold a key) where it answers, the default
/// organization's id, where its admin key is, and a request to try — with the address it really listens on.
/// </summary>
public sealed class ConsoleBanner(IHostApplicationLifetime lifetime, IServer server) : IHostedService
{
    private string? _createdKey;
    private string? _keyFile;
    private bool _demo;
    private DateTimeOffset? _configuredKeyRevokedAt;

    /// <summary>An admin key made at this start (shown once) and the file it is kept in.</summary>
    public void KeyCreated(string key, string file) => (_createdKey, _keyFile) = (key, file);

    public void KeyKept(string file) => _keyFile = file;

    public void DemoLoaded() => _demo = true;

    /// <summary>The configured Inventory:BootstrapAdminKey was revoked (and is not restored): the banner must not offer it.</summary>
    public void ConfiguredKeyRevoked(DateTimeOffset? at) => _configuredKeyRevokedAt = at ?? DateTimeOffset.MinValue;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            if (Render(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []) is { } text) Console.WriteLine(text);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The banner for these listening addresses, in the console's language; null when there are none (an in-memory test server).</summary>
    public string? Render(ICollection<string> addresses, Texts? texts = null)
    {
        if (addresses.Count == 0) return null;
        texts ??= Cli.ConsoleTexts.Current;
        var example = Reachable(addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.First());
        var key = _createdKey ?? (_keyFile is null ? texts["console.banner.yourKey"] : $"$(cat {_keyFile})");
        var keyLine = _createdKey is not null ? texts.Format("console.banner.keyCreated", ("key", _createdKey), ("file", _keyFile))
            : _keyFile is not null ? texts.Format("console.banner.keyKept", ("file", _keyFile))
            : _configuredKeyRevokedAt is { } revokedAt
                ? revokedAt == DateTimeOffset.MinValue ? texts["console.banner.keyRevoked"]
                    : texts.Format("console.banner.keyRevokedOn", ("date", revokedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture)))
            : texts["console.banner.keyConfigured"];
        string[] labels = [texts["console.banner.organization"], texts["console.banner.adminKey"], texts["console.banner.try"], texts["console.banner.webApp"]];
        var width = Math.Max(15, labels.Max(l => l.Length) + 2);
        var organization = texts["console.banner.defaultOrganization"] + (_demo ? "; " + texts["console.banner.demoLoaded"] : "");
        return $"""

            {texts.Format("console.banner.listening", ("addresses", string.Join(", ", addresses)))}
              {labels[0].PadRight(width)}{Organization.DefaultId}  ({organization})
              {labels[1].PadRight(width)}{keyLine}
              {labels[2].PadRight(width)}curl -H "Authorization: Bearer {key}" {example}/api/segments
              {labels[3].PadRight(width)}{example}/

            """;
    }

    /// <summary>A wildcard binding (0.0.0.0, [::], +, *) is reached on this machine as localhost.</summary>
    private static string Reachable(string address) =>
        address.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).TrimEnd('/');
}
