#!/usr/bin/env node
'use strict';
/*
 * Telegram Bot API emulator for the end-to-end tests.
 *
 * It runs the npm package telegram-test-api@4.2.1 (pinned in package.json) and
 * puts a small compatibility layer in front of it, so that python-telegram-bot 22
 * (PTB) can talk to it as if it were api.telegram.org.
 *
 * How it is wired: the TelegramServer instance is built as usual but never
 * start()ed. Its express app (`tts.webServer`) is mounted *under* our own express
 * app, which listens on 127.0.0.1. Our app parses the body (urlencoded, JSON and
 * multipart), counts calls, applies the 403/429 switches and answers the Bot API
 * methods listed below itself; the routes we do not replace (the client routes
 * /sendMessage, /sendCommand, /sendCallback, /getUpdates, /getUpdatesHistory,
 * and the bot method setWebhook) fall through to the original app. All messages still live in the emulator's own
 * storage (`tts.storage`), so its client routes keep working.
 *
 * Defects of telegram-test-api 4.2.1 fixed here (each fix is marked "FIX <n>"):
 *   1  getMe has no `is_bot` (PTB's User needs it) -> full User object.
 *   2  sendMessage returns `date` in milliseconds, and spreads the raw request
 *      parameters (strings such as link_preview_options) into the Message -> a
 *      clean Message with `date` in seconds and `from` = the bot.
 *   3  callback queries have no `chat_instance` (PTB drops such updates as
 *      invalid), and user updates carry the internal `botToken` field -> patched
 *      TelegramServer.formatUpdate (used by getUpdates *and* by webhook delivery).
 *   4  editMessageText / editMessageReplyMarkup return `result: null` -> they
 *      update the stored message and return the edited Message (400 "message to
 *      edit not found" when there is none; `true` for inline messages).
 *   5  getUpdates ignores `offset`, `limit` and `timeout`: it returns at once
 *      (PTB's polling loop spins) and marks updates read on first delivery ->
 *      Telegram's semantics: updates with update_id < offset are confirmed,
 *      unconfirmed ones are re-delivered, a negative offset counts from the end,
 *      and with `timeout` the request is held until an update arrives or the
 *      timeout passes (long polling).
 *   6  deleteWebhook ignores `drop_pending_updates` -> honoured.
 *   7  setMyCommands / getMyCommands / deleteMyCommands, sendChatAction,
 *      sendDocument (multipart upload), getFile and file download are unknown
 *      (HTTP 500, body `{"message": ...}` without `ok`) -> implemented. Uploaded
 *      documents are kept (name, MIME type, size, sha256, caption, bytes).
 *   8  answerCallbackQuery returns `result: null` -> `true`, and the answer is
 *      recorded so a test can assert it.
 *   9  deleteMessage returns `result: null` -> `true` (the original storage
 *      lookup is reused).
 *  10  any other unknown method answers HTTP 500 `{"message": ...}`; PTB shows
 *      only "Internal Server Error" -> HTTP 400 with a Bot API error body naming
 *      the method, so a test failure says what is missing.
 *
 * Test switches (not part of the Bot API), all under /_e2e/ and JSON:
 *   POST /_e2e/rate_limit  {"enabled": true, "global_per_second": 30,
 *                           "per_chat_per_second": 1, "retry_after": null}
 *        Sending methods (SENDING_METHODS) over the limit in a sliding 1-second
 *        window answer HTTP 429 {"ok":false,"error_code":429,"description":
 *        "Too Many Requests: retry after N","parameters":{"retry_after":N}}.
 *        N is the whole seconds until the window frees (>= 1) unless retry_after
 *        is given. 0 or null for a limit means "no limit of that kind".
 *   POST /_e2e/blocked     {"chat_id": 42, "blocked": true}
 *        Any bot method with that chat_id answers HTTP 403 "Forbidden: bot was
 *        blocked by the user".
 *   GET  /_e2e/stats       counters: accepted / rate_limited / forbidden sends,
 *                          calls per Bot API method; POST /_e2e/stats/reset.
 *   GET  /_e2e/messages?token=&chat_id=    messages the bot sent (as Bot API
 *                          Message objects, edits applied), oldest first.
 *   GET  /_e2e/documents?token=&chat_id=   uploaded documents (no bytes).
 *   GET  /_e2e/callback_answers?token=     answerCallbackQuery calls.
 *   GET  /_e2e/chat_actions?token=         sendChatAction calls.
 *   GET  /_e2e/commands?token=             setMyCommands state.
 *   GET  /_e2e/pending?token=              unconfirmed user updates.
 *   GET  /_e2e/health
 *
 * Usage: node emulator_server.js [--host 127.0.0.1] [--port 0]
 *                                [--ready-file PATH] [--watch-stdin]
 * Once listening it prints `EMULATOR_READY {"host":..,"port":..}` on stdout and,
 * with --ready-file, writes the same JSON to PATH. With --watch-stdin it exits
 * when its stdin closes (so it never outlives the test process that started it).
 * E2E_EMULATOR_LOG=1 logs every Bot API call on stderr.
 */

const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const path = require('path');

const Busboy = require('busboy');
const TelegramServer = require('telegram-test-api');

// Use the very express that telegram-test-api was built with.
const ttaDir = path.dirname(require.resolve('telegram-test-api/package.json'));
const express = require(require.resolve('express', { paths: [ttaDir] }));

// ---------------------------------------------------------------- options --
function parseArgs(argv) {
  const opts = { host: '127.0.0.1', port: 0, readyFile: null, watchStdin: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--host') opts.host = argv[++i];
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a === '--ready-file') opts.readyFile = argv[++i];
    else if (a === '--watch-stdin') opts.watchStdin = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

const LOG = process.env.E2E_EMULATOR_LOG === '1';
const log = (...args) => { if (LOG) console.error(new Date().toISOString(), ...args); };

// Methods that count as "sending a message" for the 429 limit and the counters.
const SENDING_METHODS = new Set([
  'sendMessage', 'sendDocument', 'sendPhoto', 'sendAudio', 'sendVideo', 'sendAnimation',
  'sendVoice', 'sendVideoNote', 'sendSticker', 'sendLocation', 'sendVenue', 'sendContact',
  'sendPoll', 'sendDice', 'sendMediaGroup', 'copyMessage', 'forwardMessage',
]);
// Bot methods still served by the original telegram-test-api routes.
const ORIGINAL_METHODS = new Set(['setWebhook']);

const BOT_USERNAME = 'TestNameBot'; // the name telegram-test-api's getMe used

// ------------------------------------------------------------------ state --
const tts = new TelegramServer({ host: '127.0.0.1', storeTimeout: 24 * 3600 });
tts.setMaxListeners(0);

const state = {
  rate: { enabled: false, globalPerSecond: 30, perChatPerSecond: 0, retryAfter: null },
  blocked: new Set(), // chat ids as strings
  acceptedTimes: [], // timestamps (ms) of accepted sends, sliding window
  acceptedTimesPerChat: new Map(),
  counters: null,
  confirmedBelow: new Map(), // token -> lowest update_id not yet confirmed
  commands: new Map(), // token -> Map(scopeKey -> commands)
  files: new Map(), // file_id -> {meta, buffer, filePath}
  filesByPath: new Map(),
  documents: [],
  callbackAnswers: [],
  chatActions: [],
};

function resetCounters() {
  state.counters = { accepted: 0, rate_limited: 0, forbidden: 0, calls: {} };
}
resetCounters();

// ---------------------------------------------------------------- helpers --
const nowSeconds = () => Math.floor(Date.now() / 1000);

function ok(res, result) {
  res.status(200).json({ ok: true, result });
}

function fail(res, code, description, parameters) {
  const body = { ok: false, error_code: code, description };
  if (parameters) body.parameters = parameters;
  res.status(code).json(body);
}

function parseJsonParam(value) {
  // PTB sends non-string parameters JSON-encoded inside form fields.
  if (typeof value !== 'string') return value;
  try { return JSON.parse(value); } catch (e) { return value; }
}

function botUser(token) {
  const prefix = String(token).split(':')[0];
  const id = /^\d+$/.test(prefix) ? Number(prefix) : 666;
  return { id, is_bot: true, first_name: 'Test First name', username: BOT_USERNAME };
}

function chatObject(chatId) {
  const id = chatIdValue(chatId);
  if (typeof id === 'number' && id < 0) return { id, type: 'supergroup', title: `Test group ${id}` };
  return { id, type: 'private', first_name: 'TestName' };
}

function chatIdValue(chatId) {
  const n = Number(chatId);
  return Number.isSafeInteger(n) ? n : chatId;
}

function findBotRecord(token, chatId, messageId) {
  return tts.storage.botMessages.find((r) => r.botToken === token
    && String(r.messageId) === String(messageId)
    && String(r.message.chat_id) === String(chatId));
}

// A stored bot message (telegram-test-api record) as a Bot API Message.
function formatBotRecord(rec) {
  const m = rec.message;
  const out = {
    message_id: rec.messageId,
    from: botUser(rec.botToken),
    chat: chatObject(m.chat_id),
    date: Math.floor(rec.time / 1000), // FIX 2: seconds, not milliseconds
  };
  if (m.text !== undefined) out.text = String(m.text);
  if (m.caption !== undefined) out.caption = String(m.caption);
  const entities = parseJsonParam(m.entities);
  if (Array.isArray(entities)) out.entities = entities;
  const captionEntities = parseJsonParam(m.caption_entities);
  if (Array.isArray(captionEntities)) out.caption_entities = captionEntities;
  const markup = parseJsonParam(m.reply_markup);
  // Like Telegram, only inline keyboards are part of the returned Message.
  if (markup && typeof markup === 'object' && 'inline_keyboard' in markup) out.reply_markup = markup;
  if (m.document) out.document = m.document;
  if (m.edit_date) out.edit_date = m.edit_date;
  return out;
}

// FIX 3: PTB needs `chat_instance` on callback queries (telegram.CallbackQuery
// has it as a required field, an update without it is dropped), and the client
// routes store the internal `botToken` inside the message.
TelegramServer.formatUpdate = function formatUpdate(update) {
  if ('callbackQuery' in update) {
    const cq = update.callbackQuery;
    const msg = cq.message || {};
    const chatId = msg.chat && msg.chat.id !== undefined ? msg.chat.id : (msg.chat_id || 0);
    const out = {
      id: String(update.callbackId),
      from: cq.from,
      chat_instance: cq.chat_instance || String(chatId),
    };
    if (cq.message) {
      const { botToken, ...cleanMessage } = cq.message; // eslint-disable-line no-unused-vars
      out.message = cleanMessage;
    }
    if (cq.data !== undefined) out.data = cq.data;
    if (cq.inline_message_id !== undefined) out.inline_message_id = cq.inline_message_id;
    return { update_id: update.updateId, callback_query: out };
  }
  const { botToken, ...message } = update.message; // eslint-disable-line no-unused-vars
  return { update_id: update.updateId, message: { ...message, message_id: update.messageId } };
};

function pendingUpdates(token) {
  const floor = state.confirmedBelow.get(token) || 0;
  return tts.storage.userMessages.filter((u) => u.botToken === token && u.updateId >= floor);
}

function confirmBelow(token, updateId) {
  const floor = state.confirmedBelow.get(token) || 0;
  if (updateId > floor) state.confirmedBelow.set(token, updateId);
}

// Sliding 1-second windows; returns the retry_after (s) or 0 when allowed.
function rateLimitCheck(chatKey) {
  const r = state.rate;
  if (!r.enabled) return 0;
  const now = Date.now();
  const windowStart = now - 1000;
  const prune = (arr) => { while (arr.length && arr[0] <= windowStart) arr.shift(); };
  prune(state.acceptedTimes);
  let chatTimes = null;
  if (chatKey !== null && r.perChatPerSecond > 0) {
    chatTimes = state.acceptedTimesPerChat.get(chatKey) || [];
    prune(chatTimes);
    state.acceptedTimesPerChat.set(chatKey, chatTimes);
  }
  let waitMs = 0;
  if (r.globalPerSecond > 0 && state.acceptedTimes.length >= r.globalPerSecond) {
    waitMs = Math.max(waitMs, state.acceptedTimes[0] + 1000 - now);
  }
  if (chatTimes && chatTimes.length >= r.perChatPerSecond) {
    waitMs = Math.max(waitMs, chatTimes[0] + 1000 - now);
  }
  if (waitMs > 0) {
    return r.retryAfter ? r.retryAfter : Math.max(1, Math.ceil(waitMs / 1000));
  }
  state.acceptedTimes.push(now);
  if (chatTimes) chatTimes.push(now);
  return 0;
}

function multipart(req, res, next) {
  if (!req.is('multipart/form-data')) return next();
  let bb;
  try {
    bb = Busboy({ headers: req.headers, limits: { fileSize: 50 * 1024 * 1024 } });
  } catch (e) {
    return fail(res, 400, `Bad Request: ${e.message}`);
  }
  req.body = {};
  req.files = {};
  bb.on('field', (name, value) => { req.body[name] = value; });
  bb.on('file', (name, stream, info) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      req.files[name] = { filename: info.filename, mimeType: info.mimeType, buffer: Buffer.concat(chunks) };
    });
  });
  bb.on('error', (e) => next(e));
  bb.on('close', () => {
    req._body = true; // tell the original app's body parsers it is done
    next();
  });
  req.pipe(bb);
  return undefined;
}

function storeFile(buffer, fileName, mimeType) {
  const sha256 = crypto.createHash('sha256').update(buffer).digest('hex');
  const fileUniqueId = `u${sha256.slice(0, 16)}`;
  const fileId = `doc-${crypto.randomBytes(8).toString('hex')}`;
  const safeName = String(fileName || 'file').replace(/[^A-Za-z0-9._-]/g, '_');
  const filePath = `documents/${fileId}/${safeName}`;
  const meta = {
    file_id: fileId,
    file_unique_id: fileUniqueId,
    file_name: fileName,
    mime_type: mimeType || 'application/octet-stream',
    file_size: buffer.length,
  };
  const entry = { meta, buffer, filePath, sha256 };
  state.files.set(fileId, entry);
  state.filesByPath.set(filePath, entry);
  return entry;
}

// -------------------------------------------------------------------- app --
const app = express();
app.disable('x-powered-by');
app.use(express.json({ limit: '50mb' }));
app.use(express.urlencoded({ extended: true, limit: '50mb' }));
app.use(multipart);

// ---- test control routes ----
const control = express.Router();
control.get('/health', (req, res) => ok(res, true));
control.get('/stats', (req, res) => ok(res, state.counters));
control.post('/stats/reset', (req, res) => { resetCounters(); ok(res, true); });
control.post('/rate_limit', (req, res) => {
  const b = req.body || {};
  const r = state.rate;
  if (b.enabled !== undefined) r.enabled = Boolean(b.enabled);
  if (b.global_per_second !== undefined) r.globalPerSecond = Number(b.global_per_second) || 0;
  if (b.per_chat_per_second !== undefined) r.perChatPerSecond = Number(b.per_chat_per_second) || 0;
  if (b.retry_after !== undefined) r.retryAfter = b.retry_after ? Number(b.retry_after) : null;
  state.acceptedTimes = [];
  state.acceptedTimesPerChat.clear();
  ok(res, {
    enabled: r.enabled,
    global_per_second: r.globalPerSecond,
    per_chat_per_second: r.perChatPerSecond,
    retry_after: r.retryAfter,
  });
});
control.post('/blocked', (req, res) => {
  const b = req.body || {};
  if (b.chat_id === undefined) return fail(res, 400, 'chat_id is required');
  const key = String(b.chat_id);
  if (b.blocked === false) state.blocked.delete(key);
  else state.blocked.add(key);
  return ok(res, [...state.blocked]);
});
const byToken = (req) => (item) => !req.query.token || item.token === req.query.token;
const byChat = (req) => (item) => req.query.chat_id === undefined
  || String(item.chat_id) === String(req.query.chat_id);
control.get('/messages', (req, res) => {
  const list = tts.storage.botMessages
    .filter((r) => !req.query.token || r.botToken === req.query.token)
    .filter((r) => req.query.chat_id === undefined || String(r.message.chat_id) === String(req.query.chat_id))
    .sort((a, b) => a.messageId - b.messageId)
    .map(formatBotRecord);
  ok(res, list);
});
control.get('/documents', (req, res) => ok(res, state.documents.filter(byToken(req)).filter(byChat(req))));
control.get('/callback_answers', (req, res) => ok(res, state.callbackAnswers.filter(byToken(req))));
control.get('/chat_actions', (req, res) => ok(res, state.chatActions.filter(byToken(req)).filter(byChat(req))));
control.get('/commands', (req, res) => {
  const m = state.commands.get(req.query.token) || new Map();
  ok(res, Object.fromEntries(m));
});
control.get('/pending', (req, res) => ok(res, pendingUpdates(req.query.token).map(TelegramServer.formatUpdate)));
app.use('/_e2e', control);

// ---- file download (PTB: base_file_url + token + "/" + file_path) ----
app.get('/file/bot:token/*', (req, res) => {
  const entry = state.filesByPath.get(req.params[0]);
  if (!entry) return fail(res, 404, 'Not Found: file');
  res.set('Content-Type', entry.meta.mime_type);
  return res.send(entry.buffer);
});

// ---- gate for every Bot API call: counters, 403 switch, 429 limit ----
app.all('/bot:token/:method', (req, res, next) => {
  const { token, method } = req.params;
  const params = { ...req.query, ...(req.body || {}) };
  req.tg = { token, method, params };
  state.counters.calls[method] = (state.counters.calls[method] || 0) + 1;
  log(method, JSON.stringify(params).slice(0, 300));

  const chatKey = params.chat_id !== undefined ? String(params.chat_id) : null;
  if (chatKey !== null && state.blocked.has(chatKey)) {
    state.counters.forbidden += 1;
    return fail(res, 403, 'Forbidden: bot was blocked by the user');
  }
  if (SENDING_METHODS.has(method)) {
    const retryAfter = rateLimitCheck(chatKey);
    if (retryAfter) {
      state.counters.rate_limited += 1;
      return fail(res, 429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
    }
    state.counters.accepted += 1;
  }
  return next();
});

// FIX 1: getMe without is_bot.
app.all('/bot:token/getMe', (req, res) => ok(res, {
  ...botUser(req.tg.token),
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
}));

// FIX 2: sendMessage date in ms / raw parameters in the result.
app.all('/bot:token/sendMessage', (req, res) => {
  const p = req.tg.params;
  if (p.chat_id === undefined || p.text === undefined || p.text === '') {
    return fail(res, 400, 'Bad Request: chat_id and text are required');
  }
  tts.addBotMessage({ ...p }, req.tg.token);
  const rec = tts.storage.botMessages[tts.storage.botMessages.length - 1];
  return ok(res, formatBotRecord(rec));
});

// FIX 7: sendDocument (multipart upload, or an already known file_id).
app.all('/bot:token/sendDocument', (req, res) => {
  const p = req.tg.params;
  const files = req.files || {};
  let entry = null;
  if (files.document) {
    entry = storeFile(files.document.buffer, files.document.filename, files.document.mimeType);
  } else if (typeof p.document === 'string' && p.document.startsWith('attach://') && files[p.document.slice(9)]) {
    const f = files[p.document.slice(9)];
    entry = storeFile(f.buffer, f.filename, f.mimeType);
  } else if (typeof p.document === 'string' && state.files.has(p.document)) {
    entry = state.files.get(p.document);
  }
  if (p.chat_id === undefined || !entry) {
    return fail(res, 400, 'Bad Request: chat_id and an uploaded or known document are required');
  }
  const message = { chat_id: p.chat_id, document: entry.meta };
  for (const k of ['caption', 'caption_entities', 'parse_mode', 'reply_markup']) {
    if (p[k] !== undefined) message[k] = p[k];
  }
  tts.addBotMessage(message, req.tg.token);
  const rec = tts.storage.botMessages[tts.storage.botMessages.length - 1];
  state.documents.push({
    token: req.tg.token,
    chat_id: chatIdValue(p.chat_id),
    message_id: rec.messageId,
    ...entry.meta,
    sha256: entry.sha256,
    caption: p.caption === undefined ? null : String(p.caption),
  });
  return ok(res, formatBotRecord(rec));
});

// FIX 7: getFile, so bots can download what was uploaded.
app.all('/bot:token/getFile', (req, res) => {
  const entry = state.files.get(String(req.tg.params.file_id));
  if (!entry) return fail(res, 400, 'Bad Request: invalid file_id');
  return ok(res, {
    file_id: entry.meta.file_id,
    file_unique_id: entry.meta.file_unique_id,
    file_size: entry.meta.file_size,
    file_path: entry.filePath,
  });
});

// FIX 7: sendChatAction.
app.all('/bot:token/sendChatAction', (req, res) => {
  const p = req.tg.params;
  state.chatActions.push({ token: req.tg.token, chat_id: chatIdValue(p.chat_id), action: p.action, time: Date.now() });
  ok(res, true);
});

// FIX 7: setMyCommands / getMyCommands / deleteMyCommands (per scope and language).
const commandsKey = (p) => JSON.stringify({
  scope: parseJsonParam(p.scope) || { type: 'default' },
  language_code: p.language_code || '',
});
app.all('/bot:token/setMyCommands', (req, res) => {
  const commands = parseJsonParam(req.tg.params.commands);
  if (!Array.isArray(commands)) return fail(res, 400, 'Bad Request: commands must be an array');
  if (!state.commands.has(req.tg.token)) state.commands.set(req.tg.token, new Map());
  state.commands.get(req.tg.token).set(commandsKey(req.tg.params), commands);
  return ok(res, true);
});
app.all('/bot:token/getMyCommands', (req, res) => {
  const m = state.commands.get(req.tg.token);
  ok(res, (m && m.get(commandsKey(req.tg.params))) || []);
});
app.all('/bot:token/deleteMyCommands', (req, res) => {
  const m = state.commands.get(req.tg.token);
  if (m) m.delete(commandsKey(req.tg.params));
  ok(res, true);
});

// FIX 8: answerCallbackQuery returned null and recorded nothing.
app.all('/bot:token/answerCallbackQuery', (req, res) => {
  const p = req.tg.params;
  state.callbackAnswers.push({
    token: req.tg.token,
    callback_query_id: String(p.callback_query_id),
    text: p.text === undefined ? null : String(p.text),
    show_alert: parseJsonParam(p.show_alert) === true,
    url: p.url === undefined ? null : p.url,
  });
  ok(res, true);
});

// FIX 4: editMessageText / editMessageReplyMarkup returned null.
function editHandler(kind) {
  return (req, res) => {
    const p = req.tg.params;
    if (p.inline_message_id !== undefined) return ok(res, true);
    const rec = findBotRecord(req.tg.token, p.chat_id, p.message_id);
    if (!rec) return fail(res, 400, 'Bad Request: message to edit not found');
    const m = { ...rec.message };
    if (kind === 'text') {
      if (p.text === undefined || p.text === '') return fail(res, 400, 'Bad Request: text is required');
      m.text = String(p.text);
      m.entities = parseJsonParam(p.entities);
      m.parse_mode = p.parse_mode;
    }
    // Like Telegram: an edit without reply_markup removes the inline keyboard.
    m.reply_markup = parseJsonParam(p.reply_markup);
    m.edit_date = nowSeconds();
    rec.message = m;
    tts.emit(kind === 'text' ? 'EditedMessageText' : 'EditedMessageReplyMarkup');
    return ok(res, formatBotRecord(rec));
  };
}
app.all('/bot:token/editMessageText', editHandler('text'));
app.all('/bot:token/editMessageReplyMarkup', editHandler('markup'));

// FIX 9: deleteMessage returned null on success.
app.all('/bot:token/deleteMessage', (req, res) => {
  const chatId = Number(req.tg.params.chat_id);
  const messageId = Number(req.tg.params.message_id);
  if (!Number.isFinite(chatId) || !Number.isFinite(messageId)) {
    return fail(res, 400, 'Bad Request: chat_id and message_id are required');
  }
  if (!tts.deleteMessage(chatId, messageId)) return fail(res, 400, 'Bad Request: message to delete not found');
  return ok(res, true);
});

// FIX 6: deleteWebhook ignored drop_pending_updates.
app.all('/bot:token/deleteWebhook', (req, res) => {
  tts.deleteWebhook(req.tg.token);
  if (parseJsonParam(req.tg.params.drop_pending_updates) === true) {
    confirmBelow(req.tg.token, tts.updateId);
  }
  ok(res, true);
});
app.all('/bot:token/getWebhookInfo', (req, res) => {
  const hook = tts.webhooks[req.tg.token];
  ok(res, { url: hook ? hook.url : '', has_custom_certificate: false, pending_update_count: pendingUpdates(req.tg.token).length });
});

// FIX 5: getUpdates with offset / limit / timeout (long polling).
const USER_UPDATE_EVENTS = ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery'];
app.all('/bot:token/getUpdates', (req, res) => {
  const { token, params } = req.tg;
  const offset = params.offset === undefined || params.offset === '' ? null : Number(params.offset);
  const limit = Math.min(Math.max(Number(params.limit) || 100, 1), 100);
  const timeout = Math.min(Math.max(Number(params.timeout) || 0, 0), 60);

  if (offset !== null && offset > 0) confirmBelow(token, offset);
  if (offset !== null && offset < 0) {
    // Negative offset: only the last |offset| updates; earlier ones are forgotten.
    const pending = pendingUpdates(token);
    const keep = pending.slice(offset);
    if (keep.length) confirmBelow(token, keep[0].updateId);
  }

  const take = () => pendingUpdates(token).slice(0, limit).map((u) => {
    u.isRead = true; // keep the original bookkeeping consistent
    return TelegramServer.formatUpdate(u);
  });

  const first = take();
  if (first.length || timeout === 0) return ok(res, first);

  let timer = null;
  const cleanup = () => {
    clearTimeout(timer);
    for (const ev of USER_UPDATE_EVENTS) tts.off(ev, onUpdate);
    res.off('close', cleanup);
  };
  function finish() {
    cleanup();
    if (!res.writableEnded && !res.destroyed) ok(res, take());
  }
  function onUpdate() {
    if (pendingUpdates(token).length) finish();
  }
  for (const ev of USER_UPDATE_EVENTS) tts.on(ev, onUpdate);
  res.on('close', cleanup); // the bot gave up (e.g. shutting down)
  timer = setTimeout(finish, timeout * 1000);
  return undefined;
});

// FIX 10: unknown methods -> a Bot API error body instead of a bare HTTP 500.
app.all('/bot:token/:method', (req, res, next) => {
  if (ORIGINAL_METHODS.has(req.params.method)) return next();
  return fail(res, 400, `Bad Request: method '${req.params.method}' is not implemented by `
    + 'telegram-test-api 4.2.1 or by tests/e2e/emulator_server.js');
});

// Everything else (client routes, setWebhook) is served by telegram-test-api.
app.use(tts.webServer);

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, _next) => {
  console.error('emulator error:', err && err.stack ? err.stack : err);
  if (!res.headersSent) fail(res, 500, `Internal Server Error: ${err && err.message}`);
});

// ------------------------------------------------------------------ start --
function main() {
  const opts = parseArgs(process.argv.slice(2));
  const server = http.createServer(app);
  server.keepAliveTimeout = 65 * 1000;
  server.listen(opts.port, opts.host, () => {
    const { port } = server.address();
    // telegram-test-api's own client helpers read apiURL from its config.
    tts.config.port = port;
    tts.config.host = opts.host;
    tts.config.apiURL = `http://${opts.host}:${port}`;
    const info = JSON.stringify({ host: opts.host, port, pid: process.pid });
    if (opts.readyFile) {
      fs.writeFileSync(`${opts.readyFile}.tmp`, info);
      fs.renameSync(`${opts.readyFile}.tmp`, opts.readyFile);
    }
    process.stdout.write(`EMULATOR_READY ${info}\n`);
  });
  server.on('error', (e) => {
    console.error('emulator: cannot listen:', e.message);
    process.exit(2);
  });
  const stop = () => process.exit(0);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  if (opts.watchStdin) {
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.resume();
  }
}

if (require.main === module) main();

module.exports = { app, tts, state };
