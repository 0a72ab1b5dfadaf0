package org.ntc.hub.realtime;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandler;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.timeout.IdleStateHandler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A live event's frame as the bytes of one HTTP/1.1 chunk, written to a stream's connection below
 * the HTTP encoder. Written through the response, every event went through Vert.x's write (a
 * promise each), the connection's idle, chunked-write and compression handlers and the encoder,
 * which framed it anew for each stream (a chunk header allocated per write, three buffers per
 * {@code writev}); the frame was also copied from the heap to native memory per stream. Here the
 * chunk is framed once per event in native memory and each stream's connection gets a view of it.
 * The response itself still writes the head, keep-alives, replays and the end, so the encoder's
 * state stays right. Where the idle-timeout handler sits just below the encoder, the chunk goes in
 * below it too.
 */
final class BelowHttp {
  /** Netty's name for the HTTP/1 response encoder in a Vert.x server connection's pipeline. */
  private static final String ENCODER = "httpEncoder";
  /** Vert.x's name for the idle-timeout handler, the first in the pipeline (after TLS, where the server has it). */
  private static final String IDLE = "idle";

  private BelowHttp() {}

  /**
   * Where a chunk can be written for this response: just below its HTTP/1.1 encoder (anything
   * between it and the socket, such as TLS, still applies), or null where that does not hold
   * (HTTP/2, HTTP/1.0, a response that is not chunked or may be compressed); the stream then writes through the response.
   */
  static ChannelHandlerContext of(HttpServerRequest request, HttpServerResponse response) {
    // A compressed response's chunks are the compressor's; the stream asks for none (identity).
    if (request.version() != HttpVersion.HTTP_1_1 || !response.isChunked()
        || !HttpHeaders.IDENTITY.toString().equalsIgnoreCase(response.headers().get(HttpHeaders.CONTENT_ENCODING))
        || !(request.connection() instanceof ConnectionBase connection)) {
      return null;
    }
    ChannelPipeline pipeline = connection.channel().pipeline();
    if (!(pipeline.get(ENCODER) instanceof HttpResponseEncoder)) return null;
    return belowIdleTimeout(pipeline) ? pipeline.context(IDLE) : pipeline.context(ENCODER);
  }

  /**
   * Whether the idle-timeout handler sits directly below the encoder (only the inbound decoder between):
   * a write from its place skips it. It made a promise and a listener per write and read the clock,
   * about 6 % of the fan-out's CPU per stream. The idle timeout still sees every write made through the
   * response, and a stream writes through it at least every {@link EventStream#THROUGH_RESPONSE_EVERY_MILLIS}.
   */
  private static boolean belowIdleTimeout(ChannelPipeline pipeline) {
    List<String> names = pipeline.names();
    int idle = names.indexOf(IDLE);
    int encoder = names.indexOf(ENCODER);
    if (idle < 0 || !(pipeline.get(IDLE) instanceof IdleStateHandler)) return false;
    for (int i = idle + 1; i < encoder; i++) {
      if (pipeline.get(names.get(i)) instanceof ChannelOutboundHandler) return false;
    }
    return idle < encoder;
  }

  /** The frame as one chunk (size in hex, CRLF, the frame, CRLF) in native memory, freed with the event. */
  static ByteBuf chunk(Buffer frame) {
    byte[] head = (Integer.toHexString(frame.length()) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    ByteBuffer bytes = ByteBuffer.allocateDirect(head.length + frame.length() + 2);
    bytes.put(head).put(frame.getBytes()).put((byte) '\r').put((byte) '\n').flip();
    return Unpooled.wrappedBuffer(bytes);
  }

  /** Writes and sends one chunk; the caller has made sure the connection's earlier writes went out first. */
  static void write(ChannelHandlerContext belowEncoder, ByteBuf chunk) {
    if (!belowEncoder.channel().isActive()) return;
    belowEncoder.writeAndFlush(chunk.retainedDuplicate(), belowEncoder.voidPromise());
  }
}
