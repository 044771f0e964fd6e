using System.Net;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Inventory.Api.Tests.Access;

/// <summary>
/// With <c>Inventory:TrustedProxies</c> unset nothing is trusted, not even loopback (ASP.NET Core's forwarded-headers
/// defaults trust it): a client on the same machine can't dodge the lock-out with <c>X-Forwarded-For</c>, nor make the
/// sign-in cookie Secure (or refuse its own Origin) with <c>X-Forwarded-Proto</c>.
/// </summary>
public class LoopbackProxyTests : IAsyncLifetime
{
    private InventoryHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await InventoryHost.StartAsync(b =>
        b.UseSetting("Inventory:Throttling:FailedAttemptsPerAddress", "20"));

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task a_forwarded_address_from_loopback_is_not_believed_when_no_proxy_is_trusted(string peer)
    {
        var answers = new List<int>();
        for (var i = 0; i < 30; i++)
            answers.Add((await SendAsync("GET", "/api/segments", peer, key: "ri_wrong", forwardedFor: $"198.51.100.{i}")).StatusCode);

        answers.Take(20).ShouldAllBe(s => s == 401);
        answers.Skip(20).ShouldAllBe(s => s == 429);
    }

    [Fact]
    public async Task a_forwarded_https_from_loopback_neither_secures_the_cookie_nor_refuses_the_own_origin()
    {
        var org = await _host.NewOrganizationAsync();
        var answer = await SendAsync("POST", "/signin", "127.0.0.1", form: $"key={org.Admin.Key}", forwardedProto: "https",
            origin: "http://localhost");

        answer.StatusCode.ShouldBe(302);
        answer.Headers.SetCookie.ToString().ShouldNotBeEmpty();
        answer.Headers.SetCookie.ToString().ShouldNotContain("secure", Case.Insensitive);
    }

    /// <summary>A request as it arrives from <paramref name="peer"/> (the test server has no network peer of its own).</summary>
    private async Task<(int StatusCode, IHeaderDictionary Headers)> SendAsync(string method, string path, string peer, string? key = null,
        string? form = null, string? forwardedFor = null, string? forwardedProto = null, string? origin = null)
    {
        var answer = await _host.Alba.Server.SendAsync(context =>
        {
            context.Request.Method = method;
            context.Request.Path = path;
            context.Request.Host = new HostString("localhost");
            context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            if (key is not null) context.Request.Headers.Authorization = $"Bearer {key}";
            if (forwardedFor is not null) context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            if (forwardedProto is not null) context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
            if (origin is not null) context.Request.Headers.Origin = origin;
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
