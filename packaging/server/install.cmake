# The production topology's files in the lars-server package (docs/deployment.md): N processes behind
# HAProxy. Units into systemd's directory, the HAProxy and cluster configurations and the deployment
# guide as examples/documentation.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/lars-server@.service ${CMAKE_CURRENT_LIST_DIR}/lars-server.target
        DESTINATION lib/systemd/system COMPONENT server)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/haproxy.cfg ${CMAKE_CURRENT_LIST_DIR}/lars-server-cluster.conf
        DESTINATION share/doc/lars-server/examples COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/docs/deployment.md DESTINATION share/doc/lars-server COMPONENT server)
