package org.baoflow.lane.sim.node;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.hcl.HclBlock;

/**
 * An {@code initialize "<name>"} stanza: requests self-init runs in order on an empty storage.
 *
 * @param when whether to run the stanza (2.6+): a boolean or a dynamic source
 */
public record InitializeBlock(String name, List<InitRequest> requests, Optional<Object> when) {

  /** Copies the requests. */
  public InitializeBlock {
    requests = List.copyOf(requests);
  }

  static InitializeBlock parse(HclBlock block) {
    ConfigBody body = ConfigBody.of(block);
    if (block.labels().size() != 1) {
      throw body.error("initialize takes one label, its name");
    }
    String name = block.labels().get(0);
    if (!InitRequest.NAME.matcher(name).matches()) {
      throw body.error(
          "invalid name for initialize \"" + name + "\": must match " + InitRequest.NAME.pattern());
    }
    body.allowOnly(Set.of("when"), Set.of("request"));
    List<HclBlock> requestBlocks = block.body().blocks("request");
    if (requestBlocks.isEmpty()) {
      throw body.error("initialize \"" + name + "\" has no request");
    }
    Set<String> names = new HashSet<>();
    List<InitRequest> requests =
        requestBlocks.stream().map(request -> InitRequest.parse(request, name)).toList();
    for (int i = 0; i < requests.size(); i++) {
      if (!names.add(requests.get(i).name())) {
        throw ConfigBody.error(
            requestBlocks.get(i).position(),
            "duplicate request \"" + requests.get(i).name() + "\" in initialize \"" + name + "\"");
      }
    }
    Optional<Object> when =
        block
            .body()
            .attribute("when")
            .map(
                attribute -> {
                  DynamicSources.checkCondition(attribute, "initialize \"" + name + "\"");
                  return block.body().toMap().get("when");
                });
    return new InitializeBlock(name, requests, when);
  }
}
