using System.Net;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Inventory.Api.Tests.Access;

/// <summary>
/// Failed key attempts are counted per client address, and only further failed attempts are refused: one guesser behind
/// a shared address (a proxy, an office) locks nobody out. Forwarded addresses count only from trusted proxies.
/// </summary>
public class LockOutTests : IAsyncLifetime
{
    private const string Proxy = "10.20.0.1";
    private InventoryHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await InventoryHost.StartAsync(b =>
    {
        b.UseSetting("Inventory:Throttling:FailedAttemptsPerAddress", "20");
        b.UseSetting("Inventory:TrustedProxies", $"{Proxy}, 10.30.0.0/16");
    });

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task after_25_wrong_keys_a_valid_key_the_health_check_and_the_signin_page_still_answer()
    {
        var org = await _host.NewOrganizationAsync();
        const string address = "192.0.2.10";
        var answers = new List<int>();
        for (var i = 0; i < 25; i++) answers.Add((await SendAsync("GET", "/api/segments", address, key: $"ri_wrong{i}")).StatusCode);

        answers.Take(20).ShouldAllBe(s => s == 401);
        answers.Skip(20).ShouldAllBe(s => s == 429);
        (await SendAsync("GET", "/api/segments", address, key: org.Admin.Key)).StatusCode.ShouldBe(200);
        (await SendAsync("GET", "/health", address)).StatusCode.ShouldBe(200);
        (await SendAsync("GET", "/health", address, key: "ri_wrong-again")).StatusCode.ShouldBe(200);
        (await SendAsync("GET", "/signin.html", address)).StatusCode.ShouldBe(200);
        // Another wrong key, through the API or the sign-in form, is still refused.
        (await SendAsync("GET", "/api/segments", address, key: "ri_wrong-once-more")).StatusCode.ShouldBe(429);
        var signIn = await SendAsync("POST", "/signin", address, form: "key=ri_wrong-form");
        signIn.StatusCode.ShouldBe(429);
        signIn.Headers.RetryAfter.ToString().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task a_spoofed_forwarded_address_from_an_untrusted_peer_changes_nothing()
    {
        const string peer = "192.0.2.20";
        for (var i = 0; i < 20; i++)
            (await SendAsync("GET", "/api/segments", peer, key: "ri_wrong", forwardedFor: $"198.51.100.{i}")).StatusCode.ShouldBe(401);

        // Every attempt counted against the peer itself, whatever it claimed to forward.
        (await SendAsync("GET", "/api/segments", peer, key: "ri_wrong", forwardedFor: "198.51.100.99")).StatusCode.ShouldBe(429);
        (await SendAsync("GET", "/api/segments", peer, key: "ri_wrong")).StatusCode.ShouldBe(429);
    }

    [Fact]
    public async Task behind_a_trusted_proxy_each_forwarded_client_is_counted_on_its_own()
    {
        for (var i = 0; i < 20; i++)
            (await SendAsync("GET", "/api/segments", Proxy, key: "ri_wrong", forwardedFor: "203.0.113.5")).StatusCode.ShouldBe(401);

        (await SendAsync("GET", "/api/segments", Proxy, key: "ri_wrong", forwardedFor: "203.0.113.5")).StatusCode.ShouldBe(429);
        // Another client behind the same proxy, and one behind a trusted network, are not held up.
        (await SendAsync("GET", "/api/segments", Proxy, key: "ri_wrong", forwardedFor: "203.0.113.6")).StatusCode.ShouldBe(401);
        (await SendAsync("GET", "/api/segments", "10.30.4.4", key: "ri_wrong", forwardedFor: "203.0.113.7")).StatusCode.ShouldBe(401);
    }

    [Fact]
    public async Task the_sign_in_cookie_is_secure_when_a_trusted_proxy_says_the_client_used_https()
    {
        var org = await _host.NewOrganizationAsync();
        var viaProxy = await SendAsync("POST", "/signin", Proxy, form: $"key={org.Admin.Key}", forwardedFor: "203.0.113.50", forwardedProto: "https");
        viaProxy.StatusCode.ShouldBe(302);
        viaProxy.Headers.SetCookie.ToString().ShouldContain("secure", Case.Insensitive);

        var spoofed = await SendAsync("POST", "/signin", "192.0.2.30", form: $"key={org.Admin.Key}", forwardedProto: "https");
        spoofed.StatusCode.ShouldBe(302);
        spoofed.Headers.SetCookie.ToString().ShouldNotContain("secure", Case.Insensitive);
    }

    /// <summary>A request as it arrives from <paramref name="peer"/> (the test server has no network peer of its own).</summary>
    private async Task<(int StatusCode, IHeaderDictionary Headers)> SendAsync(string method, string path, string peer, string? key = null, string? form = null,
        string? forwardedFor = null, string? forwardedProto = null)
    {
        var answer = await _host.Alba.Server.SendAsync(context =>
        {
            context.Request.Method = method;
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            if (key is not null) context.Request.Headers.Authorization = $"Bearer {key}";
            if (forwardedFor is not null) context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            if (forwardedProto is not null) context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
            if (form is not null)
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(form);
                context.Request.ContentType = "application/x-www-form-urlencoded";
                context.Request.ContentLength = bytes.Length;
                context.Request.Body = new MemoryStream(bytes);
            }
        });
        return (answer.Response.StatusCode, answer.Response.Headers);
    }
}
