#if NETSTANDARD2_0
namespace System
{
    /// <summary>
    /// Just enough of <c>ReadOnlySpan&lt;T&gt;</c> for the compiler to accept the generated UTF-8 literals
    /// (<c>"..."u8</c>) when targeting netstandard2.0, which has no span type unless the package took a
    /// dependency on System.Memory, and DiplomacyData has no dependencies. Given this constructor the
    /// compiler builds each literal as a new array initialized from the assembly's data, so the library
    /// keeps one copy per chunk (see <see cref="DiplomacyData.ChunkedText"/>). Internal, so it never meets
    /// the real type of a consumer that references System.Memory.
    /// </summary>
    internal readonly struct ReadOnlySpan<T>
    {
        private readonly T[] _array;
        private readonly int _start;

        public ReadOnlySpan(T[] array, int start, int length)
        {
            if ((uint)start > (uint)array.Length || (uint)length > (uint)(array.Length - start))
            {
                throw new ArgumentOutOfRangeException(nameof(start));
            }

            _array = array;
            _start = start;
            Length = length;
        }

        public int Length { get; }

        public T this[int index] => (uint)index < (uint)Length ? _array[_start + index] : throw new IndexOutOfRangeException();

        /// <summary>The array behind the span and where the span starts in it, for APIs that take arrays.</summary>
        internal T[] Array => _array;

        internal int Start => _start;

        public ReadOnlySpan<T> Slice(int start) => new(_array, _start + start, Length - start);

        public ReadOnlySpan<T> Slice(int start, int length) => (uint)length <= (uint)(Length - start) ? new(_array, _start + start, length) : throw new ArgumentOutOfRangeException(nameof(length));
    }
}
#endif
