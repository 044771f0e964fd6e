using Inventory.Api.Access;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Inventory.Api.Hosting;

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

    /// <summary>The banner for these listening addresses; null when there are none (an in-memory test server).</summary>
    public string? Render(ICollection<string> addresses)
    {
        if (addresses.Count == 0) return null;
        var example = Reachable(addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.First());
        var key = _createdKey ?? (_keyFile is null ? "YOUR_KEY" : $"$(cat {_keyFile})");
        var keyLine = _createdKey is not null ? $"{_createdKey}  (created now and shown only this once; kept in {_keyFile})"
            : _keyFile is not null ? $"kept in {_keyFile}"
            : _configuredKeyRevokedAt is { } revokedAt
                ? $"the configured Inventory:BootstrapAdminKey was revoked{(revokedAt == DateTimeOffset.MinValue ? "" : $" on {revokedAt:u}")} and is not restored; use another admin key, or make one with 'keys create'"
            : "the configured Inventory:BootstrapAdminKey, or a key from 'keys create'";
        return $"""

            Relationship Inventory is listening on {string.Join(", ", addresses)}
              organization:  {Organization.DefaultId}  (the default organization's id{(_demo ? "; the demo company is loaded in it" : "")})
              admin key:     {keyLine}
              try:           curl -H "Authorization: Bearer {key}" {example}/api/segments
              web app:       {example}/

            """;
    }

    /// <summary>A wildcard binding (0.0.0.0, [::], +, *) is reached on this machine as localhost.</summary>
    private static string Reachable(string address) =>
        address.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).TrimEnd('/');
}
