using System.Runtime.InteropServices;

namespace NhacHan.Domain.Documents;

/// <summary>A seekable read-only stream over bytes we were given, without copying them when possible.</summary>
internal static class ReadOnlyMemoryStreamFactory
{
    public static MemoryStream Create(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
}
