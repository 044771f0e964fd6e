using System.Collections.Concurrent;
using Marten;

namespace Inventory.Api.Access;

/// <summary>
/// API keys (by hash) and web sessions (by the hash of their id) kept in memory, so authenticating a request costs no
/// database round trip. Correct only while <see cref="KeyChanges"/> listens: every change or deletion of a key or a
/// session in the database (on any node, from any writer) is notified and evicts it here; when the listener is not
/// connected nothing is kept, and when it reconnects everything is dropped (notifications may have been missed).
/// </summary>
public sealed class KeyCache(IDocumentStore store)
{
    private readonly ConcurrentDictionary<string, ApiKey> _keys = new();
    private readonly ConcurrentDictionary<string, WebSession> _sessions = new();
    private long _generation;
    private volatile bool _listening;

    public async Task<ApiKey?> KeyAsync(string hash, CancellationToken ct)
    {
        if (_keys.TryGetValue(hash, out var cached)) return cached;
        var generation = Interlocked.Read(ref _generation);
        await using var session = store.QuerySession();
        var stored = await session.QueryAsync(new ApiKeyByHash { Hash = hash }, ct);
        if (stored is not null) Keep(_keys, hash, stored, generation);
        return stored;
    }

    public async Task<(WebSession? Session, ApiKey? Key)> SessionAsync(string sessionHash, CancellationToken ct)
    {
        if (_sessions.TryGetValue(sessionHash, out var cached) && KeyById(cached.KeyId) is { } cachedKey) return (cached, cachedKey);
        var generation = Interlocked.Read(ref _generation);
        await using var session = store.QuerySession();
        var signedIn = await session.LoadAsync<WebSession>(sessionHash, ct);
        if (signedIn is null) return (null, null);
        var key = await session.LoadAsync<ApiKey>(signedIn.KeyId, ct);
        if (key is null) return (signedIn, null);
        Keep(_sessions, sessionHash, signedIn, generation);
        Keep(_keys, key.Hash, key, generation);
        return (signedIn, key);
    }

    /// <summary>Whether changes are being heard, so what is read is kept.</summary>
    public bool IsListening => _listening;

    /// <summary>Whether the key with this hash is kept in memory (not read from the database on its next use).</summary>
    public bool Holds(string hash) => _keys.ContainsKey(hash);

    private ApiKey? KeyById(Guid id) => _keys.Values.FirstOrDefault(k => k.Id == id);

    /// <summary>Kept only if no change was notified since the read began: a change committed meanwhile may not be in what was read.</summary>
    private void Keep<T>(ConcurrentDictionary<string, T> map, string id, T value, long generation)
    {
        if (!_listening) return;
        map[id] = value;
        if (Interlocked.Read(ref _generation) != generation || !_listening) map.TryRemove(id, out _);
    }

    /// <summary>A key (by id) or a session (by hash) changed or was deleted; "*" when anything may have.</summary>
    public void Changed(string what)
    {
        Interlocked.Increment(ref _generation);
        if (what == "*" || !Guid.TryParse(what, out var keyId))
        {
            if (what == "*") Clear();
            else _sessions.TryRemove(what, out _);
            return;
        }

        foreach (var (hash, key) in _keys)
            if (key.Id == keyId) _keys.TryRemove(hash, out _);
        foreach (var (hash, session) in _sessions)
            if (session.KeyId == keyId) _sessions.TryRemove(hash, out _);
    }

    /// <summary>The listener is connected (keep what is read) or not (keep nothing); either way what was kept may be stale.</summary>
    public void Listening(bool listening)
    {
        _listening = listening;
        Interlocked.Increment(ref _generation);
        Clear();
    }

    private void Clear()
    {
        _keys.Clear();
        _sessions.Clear();
    }
}
