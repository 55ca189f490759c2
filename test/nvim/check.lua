-- Drives the Huashu language server from Neovim 0.7 (headless): opens a sample script, waits
-- for its diagnostics, asks for completion in a greeting and prints what it got as one JSON line.
-- Run by test/nvim/run.mjs with HUASHU_SERVER (dist/server.js), HUASHU_WORKSPACE, HUASHU_DIAGNOSED
-- (a script with findings) and HUASHU_GREETING (a script with a greeting line).
local server = assert(os.getenv('HUASHU_SERVER'), 'HUASHU_SERVER is not set')
local workspace = assert(os.getenv('HUASHU_WORKSPACE'), 'HUASHU_WORKSPACE is not set')
local diagnosed = assert(os.getenv('HUASHU_DIAGNOSED'), 'HUASHU_DIAGNOSED is not set')
local greeting = assert(os.getenv('HUASHU_GREETING'), 'HUASHU_GREETING is not set')

local out = { diagnostics = {}, completion = {} }
local done = false

local function finish(code, problem)
  if done then return end
  done = true
  out.error = problem
  io.stdout:write(vim.json.encode(out) .. '\n')
  io.stdout:flush()
  if code == 0 then vim.cmd('qa!') else vim.cmd('cq! ' .. code) end
end

-- A hung server fails the run instead of hanging CI.
vim.defer_fn(function() finish(3, 'watchdog: no answer within 15 s') end, 15000)

local ok, problem = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'huashu',
    cmd = { 'node', server, '--stdio' },
    root_dir = workspace,
    on_exit = function(code)
      if code ~= 0 then vim.schedule(function() finish(4, 'server exited with ' .. code) end) end
    end,
  })
  assert(client_id, 'vim.lsp.start_client failed')

  vim.cmd('edit ' .. vim.fn.fnameescape(diagnosed))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  local ready = vim.wait(10000, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 50)
  assert(ready, 'the server did not initialize')
  out.server = vim.lsp.get_client_by_id(client_id).server_capabilities ~= nil

  assert(vim.wait(10000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics arrived')
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out.diagnostics, { code = d.code, line = d.lnum, col = d.col, severity = d.severity, message = d.message })
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(greeting))
  local gbuf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(gbuf, client_id)
  local line
  for i, text in ipairs(vim.api.nvim_buf_get_lines(gbuf, 0, -1, false)) do
    if text:match('^greeting:') then line = i - 1 break end
  end
  assert(line, 'no greeting line in ' .. greeting)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(gbuf) },
    position = { line = line, character = #'greeting: ' },
  }
  local responses = vim.lsp.buf_request_sync(gbuf, 'textDocument/completion', params, 10000)
  assert(responses, 'no completion response')
  for _, response in pairs(responses) do
    assert(not response.err, 'completion failed: ' .. vim.inspect(response.err))
    local items = response.result or {}
    if items.items then items = items.items end
    for _, item in ipairs(items) do
      local newText = item.textEdit and item.textEdit.newText or nil
      table.insert(out.completion, { label = item.label, insertText = item.insertText, newText = newText, kind = item.kind })
    end
  end
end)

if ok then finish(0) else finish(2, tostring(problem)) end
